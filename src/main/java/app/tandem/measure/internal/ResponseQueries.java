package app.tandem.measure.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.MeasureResponse;
import app.tandem.shared.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in client's own responses and results: access checked through {@link CareAccess} first, every read of
 * answers or scores audited (the audit row is written in its own transaction).
 */
@Service
public class ResponseQueries {

    private static final String AUDITED = "measures";

    private final ResponseRepository responses;
    private final MeasureResults results;
    private final Assignments assignments;
    private final Enablement enablement;
    private final InstrumentCatalog catalog;
    private final CareAccess care;
    private final AuditTrail audit;

    ResponseQueries(
            ResponseRepository responses,
            MeasureResults results,
            Assignments assignments,
            Enablement enablement,
            InstrumentCatalog catalog,
            CareAccess care,
            AuditTrail audit) {
        this.responses = responses;
        this.results = results;
        this.assignments = assignments;
        this.enablement = enablement;
        this.catalog = catalog;
        this.care = care;
        this.audit = audit;
    }

    /** What the client's questionnaire list shows: what is due, what the practice offers, results and drafts. */
    public record Overview(
            List<Due> due,
            List<Instrument> instruments,
            List<MeasureResults.History> histories,
            List<Instrument> drafts) {}

    /** An assignment due now, of an instrument the practice still offers. */
    public record Due(Instrument instrument, LocalDate dueUntil, UUID assignment) {}

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser client) {
        care.requireClinicalAccess(client, client.id());
        audit.read(client.practiceId(), client.id(), AUDITED);
        List<Instrument> enabled = enablement.enabled(client.practiceId());
        List<Due> due = assignments.statuses(client.id(), client.zone()).stream()
                .filter(s -> s.dueNow().isPresent())
                .flatMap(s -> offered(enabled, s.assignment().instrumentCode()).stream()
                        .map(i -> new Due(i, s.dueUntil(), s.assignment().id())))
                .toList();
        List<Instrument> drafts = responses.drafts(client.id()).stream()
                .flatMap(d -> offered(enabled, d.instrumentCode()).stream())
                .toList();
        return new Overview(due, enabled, results.histories(client.id()), drafts);
    }

    /** The client's open draft of an instrument, to resume it; reading it back is audited. */
    @Transactional(readOnly = true)
    public Optional<MeasureResponse> draft(CurrentUser client, String code) {
        care.requireClinicalAccess(client, client.id());
        Optional<MeasureResponse> draft = responses.findDraft(client.id(), code);
        draft.ifPresent(d -> audit.read(client.practiceId(), client.id(), AUDITED));
        return draft;
    }

    /** One of the client's own responses (empty when there is none or it is someone else's); audited. */
    @Transactional(readOnly = true)
    public Optional<MeasureResponse> read(CurrentUser client, UUID id) {
        return own(client, id).map(this::audited);
    }

    /** The client's own response when it is the current version, to show it for correction; audited. */
    @Transactional(readOnly = true)
    public Optional<MeasureResponse> readCorrectable(CurrentUser client, UUID id) {
        return correctable(client, id).map(this::audited);
    }

    /** The client's own response when it is the current version, to correct it (the correction is audited). */
    @Transactional(readOnly = true)
    public Optional<MeasureResponse> correctable(CurrentUser client, UUID id) {
        return own(client, id).filter(MeasureResponse::isCurrent);
    }

    /**
     * The client's complete responses to an instrument with their change (no responses: an empty history); audited.
     *
     * @throws app.tandem.measure.UnknownInstrumentException when the catalog has no such instrument
     */
    @Transactional(readOnly = true)
    public MeasureResults.History history(CurrentUser client, String code) {
        care.requireClinicalAccess(client, client.id());
        Instrument instrument = catalog.get(code);
        audit.read(client.practiceId(), client.id(), AUDITED);
        return results.history(client.id(), code)
                .orElseGet(() -> new MeasureResults.History(instrument, List.of(), List.of(), null));
    }

    private Optional<MeasureResponse> own(CurrentUser client, UUID id) {
        care.requireClinicalAccess(client, client.id());
        return responses.find(id).filter(r -> r.client().equals(client.id()));
    }

    private MeasureResponse audited(MeasureResponse response) {
        audit.read(response.practice(), response.client(), AUDITED);
        return response;
    }

    private static Optional<Instrument> offered(List<Instrument> enabled, String code) {
        return enabled.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
