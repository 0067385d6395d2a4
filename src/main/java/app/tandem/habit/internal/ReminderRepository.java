package app.tandem.habit.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.habit.schedule.QuietHours;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminder occurrences (one row per habit and due instant) and each client's quiet hours and feed token. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Occurrence(UUID id, UUID habitId, UserId client, Instant dueAt, String status, Instant snoozedUntil) {}

    /** Claims an occurrence; a second claim of the same (habit, due) fails on the unique key. */
    void insert(UUID id, PracticeId practice, UserId client, UUID habit, Instant due, Instant now, String status) {
        jdbc.sql("""
                INSERT INTO habit_reminder (id, practice_id, client_id, habit_id, due_at, fired_at, status, deliveries)
                VALUES (:id, :practice, :client, :habit, :due, :now, :status, :deliveries)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("client", client.value())
                .param("habit", habit)
                .param("due", utc(due))
                .param("now", utc(now))
                .param("status", status)
                .param("deliveries", "DELIVERED".equals(status) ? 1 : 0)
                .update();
    }

    Optional<Occurrence> find(UUID id) {
        return jdbc.sql("SELECT * FROM habit_reminder WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Occurrence(
                        rs.getObject("id", UUID.class),
                        rs.getObject("habit_id", UUID.class),
                        new UserId(rs.getObject("client_id", UUID.class)),
                        instant(rs, "due_at"),
                        rs.getString("status"),
                        instant(rs, "snoozed_until")))
                .optional();
    }

    void snooze(UUID id, Instant until) {
        jdbc.sql("UPDATE habit_reminder SET status = 'SNOOZED', snoozed_until = :until WHERE id = :id")
                .param("until", utc(until))
                .param("id", id)
                .update();
    }

    /** Marks a snoozed occurrence delivered again, once: false when another node already did. */
    boolean deliverSnoozed(UUID id, Instant until) {
        return jdbc.sql("""
                        UPDATE habit_reminder SET status = 'DELIVERED', deliveries = deliveries + 1
                        WHERE id = :id AND status = 'SNOOZED' AND snoozed_until = :until""").param("id", id).param("until", utc(until)).update() == 1;
    }

    QuietHours quietHours(UserId client) {
        return jdbc.sql("SELECT quiet_start, quiet_end FROM habit_client_settings WHERE client_id = :client")
                .param("client", client.value())
                .query((rs, n) -> new QuietHours(
                        LocalTime.parse(rs.getString("quiet_start")), LocalTime.parse(rs.getString("quiet_end"))))
                .optional()
                .orElse(QuietHours.DEFAULT);
    }

    void saveQuietHours(PracticeId practice, UserId client, QuietHours quiet) {
        ensureSettings(practice, client);
        jdbc.sql("UPDATE habit_client_settings SET quiet_start = :start, quiet_end = :end WHERE client_id = :client")
                .param("start", quiet.start().toString())
                .param("end", quiet.end().toString())
                .param("client", client.value())
                .update();
    }

    void saveFeedTokenHash(PracticeId practice, UserId client, String hash) {
        ensureSettings(practice, client);
        jdbc.sql("UPDATE habit_client_settings SET feed_token_hash = :hash WHERE client_id = :client")
                .param("hash", hash)
                .param("client", client.value())
                .update();
    }

    boolean hasFeed(UserId client) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM habit_client_settings WHERE client_id = :c AND feed_token_hash IS NOT NULL")
                        .param("c", client.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<UserId> clientByFeedTokenHash(String hash) {
        return jdbc.sql("SELECT client_id FROM habit_client_settings WHERE feed_token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private void ensureSettings(PracticeId practice, UserId client) {
        jdbc.sql("""
                INSERT INTO habit_client_settings (client_id, practice_id, quiet_start, quiet_end)
                VALUES (:client, :practice, :start, :end) ON CONFLICT DO NOTHING""")
                .param("client", client.value())
                .param("practice", practice.value())
                .param("start", QuietHours.DEFAULT.start().toString())
                .param("end", QuietHours.DEFAULT.end().toString())
                .update();
    }
}
