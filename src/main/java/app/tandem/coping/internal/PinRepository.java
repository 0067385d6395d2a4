package app.tandem.coping.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Techniques a therapist pinned for a client. */
@Repository
class PinRepository {

    private final JdbcClient jdbc;

    PinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void pin(PracticeId practice, UserId client, String techniqueId, UserId therapist, String note, Instant at) {
        jdbc.sql("DELETE FROM coping_pin WHERE client_id = :client AND technique_id = :technique")
                .param("client", client.value())
                .param("technique", techniqueId)
                .update();
        jdbc.sql("""
                INSERT INTO coping_pin (practice_id, client_id, technique_id, pinned_by, note, pinned_at)
                VALUES (:practice, :client, :technique, :therapist, :note, :at)""")
                .param("practice", practice.value())
                .param("client", client.value())
                .param("technique", techniqueId)
                .param("therapist", therapist.value())
                .param("note", note)
                .param("at", utc(at))
                .update();
    }

    boolean unpin(UserId client, String techniqueId) {
        return jdbc.sql("DELETE FROM coping_pin WHERE client_id = :client AND technique_id = :technique")
                        .param("client", client.value())
                        .param("technique", techniqueId)
                        .update()
                == 1;
    }

    List<Pin> pinsOf(UserId client) {
        return jdbc.sql("SELECT * FROM coping_pin WHERE client_id = :client ORDER BY pinned_at DESC, technique_id")
                .param("client", client.value())
                .query((rs, n) -> new Pin(
                        rs.getString("technique_id"),
                        rs.getString("note"),
                        new UserId(rs.getObject("pinned_by", UUID.class)),
                        instant(rs, "pinned_at")))
                .list();
    }

    boolean isPinned(UserId client, String techniqueId) {
        return jdbc.sql("SELECT COUNT(*) FROM coping_pin WHERE client_id = :client AND technique_id = :technique")
                        .param("client", client.value())
                        .param("technique", techniqueId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
