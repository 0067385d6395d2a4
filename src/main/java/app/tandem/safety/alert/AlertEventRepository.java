package app.tandem.safety.alert;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The small live-delivery feed every node polls: one row per person to tell, ids only. */
@Repository
class AlertEventRepository {

    /** One row of the feed. */
    record AlertEvent(long id, UUID alertId, UserId recipient, String kind, Instant createdAt) {}

    private final JdbcClient jdbc;

    AlertEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UUID alertId, PracticeId practice, UserId recipient, String kind, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO safety_alert_event (alert_id, practice_id, recipient_id, kind, created_at) "
                        + "VALUES (:alert, :practice, :recipient, :kind, :at)")
                .param("alert", alertId)
                .param("practice", practice.value())
                .param("recipient", recipient.value())
                .param("kind", kind)
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<AlertEvent> since(Instant since) {
        return jdbc.sql("SELECT id, alert_id, recipient_id, kind, created_at FROM safety_alert_event "
                        + "WHERE created_at > :since ORDER BY id")
                .param("since", utc(since))
                .query((rs, n) -> new AlertEvent(
                        rs.getLong("id"),
                        rs.getObject("alert_id", UUID.class),
                        new UserId(rs.getObject("recipient_id", UUID.class)),
                        rs.getString("kind"),
                        instant(rs, "created_at")))
                .list();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM safety_alert_event WHERE created_at < :before")
                .param("before", utc(before))
                .update();
    }
}
