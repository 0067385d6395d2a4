package app.tandem.caseload.assignments;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.AssignmentContributor;
import app.tandem.shared.workspace.DueAssignment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due and overdue across a therapist's caseload (the clients they are primary therapist of): every module's
 * assignments, asked once for all clients. Each client with something listed gets one audit entry.
 */
@Service
class DueWork {

    private final People people;
    private final AuditTrail audit;
    private final List<AssignmentContributor> contributors;
    private final Clock clock;

    DueWork(People people, AuditTrail audit, List<AssignmentContributor> contributors, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.contributors = List.copyOf(contributors);
        this.clock = clock;
    }

    /** One due item with its client. */
    record Row(Person client, DueAssignment item) {}

    /** Overdue first (longest overdue first), then due (soonest first). */
    record Caseload(List<Row> overdue, List<Row> due, int clients) {}

    @Transactional
    public Caseload forTherapist(CurrentUser therapist) {
        Map<UserId, Person> clients = new LinkedHashMap<>();
        people.clientsOf(therapist.id()).forEach(p -> clients.put(p.id(), p));
        Map<UserId, ZoneId> zones = new LinkedHashMap<>();
        clients.forEach((id, p) -> zones.put(id, p.zone()));
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (AssignmentContributor contributor : contributors) {
            contributor.dueFor(zones, now).stream()
                    .filter(d -> clients.containsKey(d.client()))
                    .forEach(d -> rows.add(new Row(clients.get(d.client()), d)));
        }
        audit.readAll(
                therapist.practiceId(),
                rows.stream().map(r -> r.client().id()).distinct().toList(),
                "assignments");
        Comparator<Row> byDay = Comparator.comparing((Row r) -> r.item().dueOn())
                .thenComparing(r -> r.client().displayName())
                .thenComparing(r -> r.item().what());
        return new Caseload(
                rows.stream().filter(r -> r.item().overdue()).sorted(byDay).toList(),
                rows.stream().filter(r -> !r.item().overdue()).sorted(byDay).toList(),
                clients.size());
    }
}
