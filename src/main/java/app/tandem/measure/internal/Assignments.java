package app.tandem.measure.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.appointment.SessionTimes;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.AssignmentSchedule.Recurrence;
import app.tandem.measure.MeasureResponse;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Instruments a therapist asked a client to complete, and what is due or missed now. Callers check access. */
@Service
public class Assignments {

    private final JdbcClient jdbc;
    private final ResponseRepository responses;
    private final SessionTimes sessions;
    private final Clock clock;

    Assignments(JdbcClient jdbc, ResponseRepository responses, SessionTimes sessions, Clock clock) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** One assignment with its schedule (in the client's zone). */
    public record Assignment(
            UUID id,
            PracticeId practice,
            UserId client,
            UserId therapist,
            String instrumentCode,
            AssignmentSchedule schedule,
            Instant createdAt,
            Instant endedAt) {

        public boolean active() {
            return endedAt == null;
        }
    }

    /** An assignment with its state now: the open occurrence not yet done, and the occurrences missed. */
    public record Status(
            Assignment assignment,
            Optional<LocalDate> dueNow,
            LocalDate dueUntil,
            List<LocalDate> missed,
            Optional<LocalDate> next) {}

    @Transactional
    public UUID assign(PracticeId practice, UserId client, UserId therapist, String code, AssignmentSchedule schedule) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO measure_assignment (id, practice_id, client_id, therapist_id, instrument_code, recurrence,
                  interval_count, start_date, window_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        practice.value(),
                        client.value(),
                        therapist.value(),
                        code,
                        schedule.recurrence().name(),
                        schedule.interval(),
                        schedule.start(),
                        schedule.windowDays(),
                        utc(clock.instant()))
                .update();
        return id;
    }

    /** Ends an active assignment of this client; false when there is none with this id. */
    @Transactional
    public boolean end(UserId client, UUID id) {
        return jdbc.sql(
                                "UPDATE measure_assignment SET ended_at = ? WHERE id = ? AND client_id = ? AND ended_at IS NULL")
                        .params(utc(clock.instant()), id, client.value())
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    public List<Assignment> of(UserId client, ZoneId zone) {
        return jdbc.sql("SELECT * FROM measure_assignment WHERE client_id = ? ORDER BY created_at")
                .param(client.value())
                .query((rs, n) -> assignment(rs, zone))
                .list();
    }

    /** Every active assignment's state now. */
    @Transactional(readOnly = true)
    public List<Status> statuses(UserId client, ZoneId zone) {
        Instant now = clock.instant();
        List<MeasureResponse> completed = responses.completed(client);
        return of(client, zone).stream()
                .filter(Assignment::active)
                .map(a -> {
                    List<Instant> done = completed.stream()
                            .filter(r -> r.instrumentCode().equals(a.instrumentCode()) && r.supersedesId() == null)
                            .map(MeasureResponse::completedAt)
                            .toList();
                    AssignmentSchedule s = a.schedule();
                    if (s.beforeSessions()) {
                        return beforeSessions(a, done, now, zone);
                    }
                    Optional<LocalDate> due = s.dueNow(done, now);
                    LocalDate dueUntil =
                            due.map(d -> d.plusDays(s.windowDays() - 1L)).orElse(null);
                    LocalDate today = now.atZone(zone).toLocalDate();
                    Optional<LocalDate> next = s.occurrencesBetween(today.plusDays(1), today.plusDays(400)).stream()
                            .findFirst();
                    return new Status(a, due, dueUntil, s.missed(done, now), next);
                })
                .toList();
    }

    /** A "before each session" assignment's state, from the client's sessions (dates are the sessions' days). */
    private Status beforeSessions(Assignment a, List<Instant> done, Instant now, ZoneId zone) {
        AssignmentSchedule s = a.schedule();
        Instant from = s.start().atStartOfDay(zone).toInstant();
        List<Instant> starts = sessions.startsBetween(a.client(), from, now.plus(Duration.ofDays(400)));
        Optional<Instant> due = s.dueBeforeSession(starts, done, now);
        Optional<LocalDate> dueDay = due.map(d -> d.atZone(zone).toLocalDate());
        Optional<LocalDate> next = starts.stream()
                .filter(start ->
                        start.minus(AssignmentSchedule.BEFORE_SESSION_WINDOW).isAfter(now))
                .findFirst()
                .map(start -> start.atZone(zone).toLocalDate());
        List<LocalDate> missed = s.missedSessions(starts, done, now).stream()
                .map(m -> m.atZone(zone).toLocalDate())
                .toList();
        return new Status(a, dueDay, dueDay.orElse(null), missed, next);
    }

    private static Assignment assignment(ResultSet rs, ZoneId zone) throws SQLException {
        AssignmentSchedule schedule = new AssignmentSchedule(
                Recurrence.valueOf(rs.getString("recurrence")),
                rs.getInt("interval_count"),
                rs.getObject("start_date", LocalDate.class),
                rs.getInt("window_days"),
                zone);
        return new Assignment(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                new UserId(rs.getObject("therapist_id", UUID.class)),
                rs.getString("instrument_code"),
                schedule,
                instant(rs, "created_at"),
                instant(rs, "ended_at"));
    }
}
