package app.tandem.measure.workspace;

import static app.tandem.shared.SqlTimes.instant;

import app.tandem.appointment.SessionTimes;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.AssignmentContributor;
import app.tandem.shared.workspace.DueAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measure assignments due or overdue across a caseload, in two queries: the active assignments and the completions
 * that satisfy them. Due: an occurrence's window is open and not yet completed. Overdue: an occurrence whose window
 * closed in the last {@value #OVERDUE_DAYS} days without a completed response. "Before each session" assignments
 * take their occurrences from the client's sessions (one more query per client who has such an assignment).
 */
@Component
class MeasureAssignmentsDue implements AssignmentContributor {

    static final int OVERDUE_DAYS = 14;

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;
    private final SessionTimes sessions;

    MeasureAssignmentsDue(JdbcClient jdbc, InstrumentCatalog catalog, SessionTimes sessions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.sessions = sessions;
    }

    record Row(UUID client, String code, AssignmentSchedule schedule) {}

    @Override
    @Transactional(readOnly = true)
    public List<DueAssignment> dueFor(Map<UserId, ZoneId> clients, Instant now) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = clients.keySet().stream().map(UserId::value).toList();
        List<Row> assignments = jdbc.sql("""
                SELECT client_id, instrument_code, recurrence, interval_count, start_date, window_days
                FROM measure_assignment WHERE client_id IN (:clients) AND ended_at IS NULL ORDER BY created_at""")
                .param("clients", ids)
                .query((rs, n) -> {
                    UUID client = rs.getObject("client_id", UUID.class);
                    return new Row(
                            client,
                            rs.getString("instrument_code"),
                            new AssignmentSchedule(
                                    AssignmentSchedule.Recurrence.valueOf(rs.getString("recurrence")),
                                    rs.getInt("interval_count"),
                                    rs.getObject("start_date", LocalDate.class),
                                    rs.getInt("window_days"),
                                    clients.get(new UserId(client))));
                })
                .list();
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<String, List<Instant>> done = new HashMap<>();
        jdbc.sql("""
                SELECT client_id, instrument_code, completed_at FROM measure_response
                WHERE client_id IN (:clients) AND status = 'COMPLETE' AND supersedes_id IS NULL""").param("clients", ids).query(rs -> {
            done.computeIfAbsent(
                            key(rs.getObject("client_id", UUID.class), rs.getString("instrument_code")),
                            k -> new ArrayList<>())
                    .add(instant(rs, "completed_at"));
        });
        List<UserId> beforeSessionClients = assignments.stream()
                .filter(a -> a.schedule().beforeSessions())
                .map(a -> new UserId(a.client()))
                .distinct()
                .toList();
        Map<UserId, List<Instant>> sessionStarts = beforeSessionClients.isEmpty()
                ? Map.of()
                : sessions.startsBetween(
                        beforeSessionClients,
                        now.minus(java.time.Duration.ofDays(OVERDUE_DAYS)),
                        now.plus(AssignmentSchedule.BEFORE_SESSION_WINDOW));
        List<DueAssignment> due = new ArrayList<>();
        for (Row a : assignments) {
            List<Instant> completions = done.getOrDefault(key(a.client(), a.code()), List.of());
            UserId client = new UserId(a.client());
            String what = catalog.find(a.code()).map(i -> i.shortName()).orElse(a.code());
            String link = "/therapist/clients/" + a.client() + "/measures";
            if (a.schedule().beforeSessions()) {
                beforeSessions(a, sessionStarts.getOrDefault(client, List.of()), completions, now)
                        .forEach(d -> due.add(new DueAssignment(client, what, d.day(), d.overdue(), link)));
                continue;
            }
            Optional<LocalDate> open = a.schedule().dueNow(completions, now);
            open.ifPresent(d -> due.add(
                    new DueAssignment(client, what, d.plusDays(a.schedule().windowDays() - 1L), false, link)));
            LocalDate today = now.atZone(a.schedule().zone()).toLocalDate();
            a.schedule().missed(completions, now).stream()
                    .filter(d -> !d.plusDays(a.schedule().windowDays()).isBefore(today.minusDays(OVERDUE_DAYS)))
                    .reduce((x, y) -> y)
                    .ifPresent(d -> due.add(new DueAssignment(client, what, d, true, link)));
        }
        return due;
    }

    /** A session's questionnaire: the session's local day, overdue when the session started without a response. */
    private record SessionDue(LocalDate day, boolean overdue) {}

    private List<SessionDue> beforeSessions(Row a, List<Instant> starts, List<Instant> completions, Instant now) {
        ZoneId zone = a.schedule().zone();
        List<SessionDue> due = new ArrayList<>();
        a.schedule()
                .dueBeforeSession(starts, completions, now)
                .ifPresent(s -> due.add(new SessionDue(s.atZone(zone).toLocalDate(), false)));
        a.schedule().missedSessions(starts, completions, now).stream()
                .reduce((x, y) -> y)
                .ifPresent(s -> due.add(new SessionDue(s.atZone(zone).toLocalDate(), true)));
        return due;
    }

    private static String key(UUID client, String code) {
        return client + "/" + code;
    }
}
