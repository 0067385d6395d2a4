package app.tandem.measure;

import app.tandem.measure.internal.Assignments;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.ResponseRepository;
import app.tandem.measure.internal.ResponseService;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measure module's API for other modules (export, demo). It does not check who is asking: callers go through
 * {@code CareAccess} and the audit trail first.
 */
@Service
public class Measures {

    private final InstrumentCatalog catalog;
    private final ResponseRepository responses;
    private final ResponseService service;
    private final Assignments assignments;
    private final Enablement enablement;

    Measures(
            InstrumentCatalog catalog,
            ResponseRepository responses,
            ResponseService service,
            Assignments assignments,
            Enablement enablement) {
        this.catalog = catalog;
        this.responses = responses;
        this.service = service;
        this.assignments = assignments;
        this.enablement = enablement;
    }

    /** The instrument definitions (every version in use is in the catalog). */
    public InstrumentCatalog catalog() {
        return catalog;
    }

    /** Every complete response of the client, oldest first, corrected originals included (see {@code supersededById}). */
    @Transactional(readOnly = true)
    public List<MeasureResponse> completedResponses(UserId client) {
        return responses.completed(client);
    }

    /** Instruments the practice offers. */
    @Transactional(readOnly = true)
    public List<Instrument> enabledInstruments(PracticeId practice) {
        return enablement.enabled(practice);
    }

    /** Seeds a complete response at a past instant (demo history); raises no safety signals. */
    @Transactional
    public UUID recordHistorical(
            PracticeId practice,
            UserId client,
            String instrumentCode,
            List<Integer> answers,
            Instant completedAt,
            UUID assignment) {
        return service.recordHistorical(practice, client, catalog.get(instrumentCode), answers, completedAt, assignment)
                .id();
    }

    /** Assigns an instrument to a client on a schedule; returns the assignment id. */
    @Transactional
    public UUID assign(
            PracticeId practice, UserId client, UserId therapist, String instrumentCode, AssignmentSchedule schedule) {
        catalog.get(instrumentCode);
        return assignments.assign(practice, client, therapist, instrumentCode, schedule);
    }
}
