package app.tandem.habit.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.habit.schedule.Cadence;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Habits and homework; title and instructions are encrypted here and nowhere else. */
@Repository
class HabitRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    HabitRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Habit h, Instant now) {
        jdbc.sql("""
                INSERT INTO habit (id, practice_id, client_id, created_by, kind, homework_type, title, instructions,
                    cadence, weekdays, interval_n, times_of_day, starts_on, due_on, remind_email, remind_push,
                    paused, version, created_at, updated_at)
                VALUES (:id, :practice, :client, :createdBy, :kind, :homeworkType, :title, :instructions, :cadence,
                    :weekdays, :interval, :times, :startsOn, :dueOn, :email, :push, FALSE, 0, :now, :now)""")
                .param("id", h.id())
                .param("practice", h.practice().value())
                .param("client", h.client().value())
                .param("createdBy", h.createdBy().value())
                .param("kind", h.kind().name())
                .param(
                        "homeworkType",
                        h.homeworkType() == null ? null : h.homeworkType().name())
                .param("title", cipher.encrypt(h.title()))
                .param("instructions", cipher.encrypt(h.instructions()))
                .param("cadence", h.cadence().name())
                .param("weekdays", days(h.weekdays()))
                .param("interval", h.interval())
                .param("times", times(h.times()))
                .param("startsOn", h.startsOn())
                .param("dueOn", h.dueOn())
                .param("email", h.remindEmail())
                .param("push", h.remindPush())
                .param("now", utc(now))
                .update();
    }

    /** Replaces what the client may edit and bumps the version (older reminder tasks then do nothing). */
    void update(Habit h, Instant now) {
        jdbc.sql("""
                UPDATE habit SET title = :title, instructions = :instructions, cadence = :cadence, weekdays = :weekdays,
                    interval_n = :interval, times_of_day = :times, starts_on = :startsOn, due_on = :dueOn,
                    remind_email = :email, remind_push = :push, version = version + 1, updated_at = :now
                WHERE id = :id""")
                .param("id", h.id())
                .param("title", cipher.encrypt(h.title()))
                .param("instructions", cipher.encrypt(h.instructions()))
                .param("cadence", h.cadence().name())
                .param("weekdays", days(h.weekdays()))
                .param("interval", h.interval())
                .param("times", times(h.times()))
                .param("startsOn", h.startsOn())
                .param("dueOn", h.dueOn())
                .param("email", h.remindEmail())
                .param("push", h.remindPush())
                .param("now", utc(now))
                .update();
    }

    void setPaused(UUID id, boolean paused, Instant now) {
        jdbc.sql("UPDATE habit SET paused = :paused, version = version + 1, updated_at = :now WHERE id = :id")
                .param("paused", paused)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void finish(UUID id, Instant now) {
        jdbc.sql("UPDATE habit SET finished_at = :now, version = version + 1, updated_at = :now WHERE id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    Optional<Habit> find(UUID id) {
        return jdbc.sql("SELECT * FROM habit WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Habit> forClient(UserId client) {
        return jdbc.sql("SELECT * FROM habit WHERE client_id = :client ORDER BY kind, created_at")
                .param("client", client.value())
                .query(this::map)
                .list();
    }

    List<Habit> activeForClient(UserId client) {
        return jdbc.sql("""
                SELECT * FROM habit WHERE client_id = :client AND paused = FALSE AND finished_at IS NULL
                ORDER BY kind, created_at""").param("client", client.value()).query(this::map).list();
    }

    private Habit map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("homework_type");
        return new Habit(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                new UserId(rs.getObject("created_by", UUID.class)),
                Habit.Kind.valueOf(rs.getString("kind")),
                type == null ? null : Habit.HomeworkType.valueOf(type),
                cipher.decrypt(rs.getString("title")),
                cipher.decrypt(rs.getString("instructions")),
                Cadence.valueOf(rs.getString("cadence")),
                parseDays(rs.getString("weekdays")),
                rs.getInt("interval_n"),
                parseTimes(rs.getString("times_of_day")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("remind_email"),
                rs.getBoolean("remind_push"),
                rs.getBoolean("paused"),
                instant(rs, "finished_at"),
                rs.getInt("version"));
    }

    static String days(Set<DayOfWeek> days) {
        return days == null || days.isEmpty()
                ? null
                : days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> parseDays(String s) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        if (s != null && !s.isBlank()) {
            Arrays.stream(s.split(",")).map(DayOfWeek::valueOf).forEach(out::add);
        }
        return out;
    }

    static String times(List<LocalTime> times) {
        return times.stream().sorted().map(LocalTime::toString).collect(Collectors.joining(","));
    }

    static List<LocalTime> parseTimes(String s) {
        return Arrays.stream(s.split(",")).map(LocalTime::parse).toList();
    }
}
