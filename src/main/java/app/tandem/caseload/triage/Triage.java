package app.tandem.caseload.triage;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's caseload ordered by need: their clients (as primary therapist), every contributor asked once for the
 * whole caseload, each fact weighed by {@link NeedWeights}. The clients shown are audited as read, one event per
 * client, appended together.
 */
@Service
public class Triage {

    static final String AUDIT = "caseload";

    private final People people;
    private final List<NeedContributor> contributors;
    private final AuditTrail audit;
    private final Clock clock;

    Triage(People people, List<NeedContributor> contributors, AuditTrail audit, Clock clock) {
        this.people = people;
        this.contributors = List.copyOf(contributors);
        this.audit = audit;
        this.clock = clock;
    }

    /** The caseload the therapist may see, in triage order, filtered and searched by name (case-insensitive). */
    @Transactional(readOnly = true)
    public List<TriagedClient> caseload(CurrentUser therapist, CaseloadFilter filter, String search) {
        if (!therapist.isTherapist()) {
            throw new AccessDeniedException("Only therapists have a caseload");
        }
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        List<Person> clients = people.clientsOf(therapist.id()).stream()
                .filter(Person::isClient)
                .filter(p -> needle.isEmpty()
                        || p.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        if (clients.isEmpty()) {
            return List.of();
        }
        List<UserId> ids = clients.stream().map(Person::id).toList();
        Instant now = clock.instant();
        Map<UserId, List<NeedFact>> facts = new HashMap<>();
        for (NeedContributor contributor : contributors) {
            contributor
                    .factsFor(ids, now)
                    .forEach((client, found) -> facts.computeIfAbsent(client, c -> new ArrayList<>())
                            .addAll(found));
        }
        List<TriagedClient> triaged = clients.stream()
                .map(p -> new TriagedClient(
                        p.id(),
                        p.displayName(),
                        facts.getOrDefault(p.id(), List.of()).stream()
                                .map(Reason::of)
                                .toList()))
                .filter(filter::accepts)
                .sorted(TriagedClient.TRIAGE_ORDER)
                .toList();
        audit.readAll(
                therapist.practiceId(),
                triaged.stream().map(TriagedClient::clientId).toList(),
                AUDIT);
        return triaged;
    }
}
