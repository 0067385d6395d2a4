package app.tandem.habit.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.habit.schedule.DayMark;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Habit outcomes per day; the note (a skip reason) is encrypted here and nowhere else. */
@Repository
class CompletionRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CompletionRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(PracticeId practice, UserId client, Completion c, String key, String hash) {
        jdbc.sql("""
                INSERT INTO habit_completion (id, practice_id, client_id, habit_id, on_day, outcome, note, safety_level,
                    recorded_at, submission_key, request_hash)
                VALUES (:id, :practice, :client, :habit, :day, :outcome, :note, :level, :at, :key, :hash)""")
                .param("id", c.id())
                .param("practice", practice.value())
                .param("client", client.value())
                .param("habit", c.habitId())
                .param("day", c.day())
                .param("outcome", c.outcome().name())
                .param("note", cipher.encrypt(c.note()))
                .param("level", c.safetyLevel().name())
                .param("at", utc(c.recordedAt()))
                .param("key", key)
                .param("hash", hash)
                .update();
    }

    void updateSafetyLevel(UUID id, RiskLevel level) {
        jdbc.sql("UPDATE habit_completion SET safety_level = :level WHERE id = :id")
                .param("level", level.name())
                .param("id", id)
                .update();
    }

    Optional<Map.Entry<Completion, String>> findBySubmission(UserId client, String key) {
        return jdbc.sql("SELECT * FROM habit_completion WHERE client_id = :client AND submission_key = :key")
                .param("client", client.value())
                .param("key", key)
                .query((rs, n) -> Map.entry(map(rs, n), rs.getString("request_hash")))
                .optional();
    }

    Optional<Completion> on(UUID habit, LocalDate day) {
        return jdbc.sql("SELECT * FROM habit_completion WHERE habit_id = :habit AND on_day = :day")
                .param("habit", habit)
                .param("day", day)
                .query(this::map)
                .optional();
    }

    /** Every recorded outcome of the client's habits and homework, oldest day first. */
    List<Completion> ofClient(UserId client) {
        return jdbc.sql("SELECT * FROM habit_completion WHERE client_id = :client ORDER BY on_day, recorded_at")
                .param("client", client.value())
                .query(this::map)
                .list();
    }

    List<Completion> since(UUID habit, LocalDate from) {
        return jdbc.sql("SELECT * FROM habit_completion WHERE habit_id = :habit AND on_day >= :from ORDER BY on_day")
                .param("habit", habit)
                .param("from", from)
                .query(this::map)
                .list();
    }

    private Completion map(ResultSet rs, int row) throws SQLException {
        return new Completion(
                rs.getObject("id", UUID.class),
                rs.getObject("habit_id", UUID.class),
                rs.getObject("on_day", LocalDate.class),
                DayMark.valueOf(rs.getString("outcome")),
                cipher.decrypt(rs.getString("note")),
                RiskLevel.valueOf(rs.getString("safety_level")),
                instant(rs, "recorded_at"));
    }
}
