package app.tandem.measure.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's view of one client's questionnaires: access checked through {@link CareAccess} first, the read
 * audited (the audit row is written in its own transaction).
 */
@Service
public class TherapistMeasures {

    private static final String AUDITED = "measures";

    private final CareAccess care;
    private final AuditTrail audit;
    private final MeasureResults results;
    private final Assignments assignments;
    private final Enablement enablement;
    private final InstrumentCatalog catalog;
    private final Clock clock;

    TherapistMeasures(
            CareAccess care,
            AuditTrail audit,
            MeasureResults results,
            Assignments assignments,
            Enablement enablement,
            InstrumentCatalog catalog,
            Clock clock) {
        this.care = care;
        this.audit = audit;
        this.results = results;
        this.assignments = assignments;
        this.enablement = enablement;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * What the therapist's measures page shows: the client, their results, their active assignments, what the
     * practice offers to assign, each instrument's short name by code, and the client's today.
     */
    public record Overview(
            Person client,
            List<MeasureResults.History> histories,
            List<Assignments.Status> statuses,
            List<Instrument> instruments,
            Map<String, String> instrumentNames,
            LocalDate today) {}

    /**
     * The client's results and assignments; audited.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the therapist may not see the client
     */
    @Transactional(readOnly = true)
    public Overview overview(CurrentUser therapist, UserId clientId) {
        Person client = care.requireClinicalAccess(therapist, clientId);
        audit.read(client.practiceId(), client.id(), AUDITED);
        // assignments name their questionnaire as people know it (PHQ-9), not by its code (phq9)
        Map<String, String> names =
                catalog.all().stream().collect(Collectors.toMap(Instrument::code, Instrument::shortName));
        return new Overview(
                client,
                results.histories(client.id()),
                assignments.statuses(client.id(), client.zone()),
                enablement.enabled(client.practiceId()),
                names,
                LocalDate.now(clock.withZone(client.zone())));
    }
}
