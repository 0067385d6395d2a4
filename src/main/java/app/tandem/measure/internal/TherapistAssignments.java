package app.tandem.measure.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist assigns questionnaires to a client and ends assignments: access checked through {@link CareAccess}
 * first, every change audited in the same transaction.
 */
@Service
public class TherapistAssignments {

    private static final String AUDITED = "measure-assignments";

    private final CareAccess care;
    private final AuditTrail audit;
    private final Assignments assignments;
    private final Enablement enablement;

    TherapistAssignments(CareAccess care, AuditTrail audit, Assignments assignments, Enablement enablement) {
        this.care = care;
        this.audit = audit;
        this.assignments = assignments;
        this.enablement = enablement;
    }

    /** What assigning did. */
    public sealed interface Outcome {}

    /** Assigned; the client will see it when it is due. */
    public record Assigned(UUID assignment, Person client) implements Outcome {}

    /** No instrument chosen, or one the client's practice does not offer. */
    public record NotOffered() implements Outcome {}

    /** The schedule was refused, with a reason a person understands. */
    public record InvalidSchedule(String reason) implements Outcome {}

    /**
     * Assigns an instrument the practice offers on a schedule in the client's zone.
     *
     * @param schedule the schedule for the client's zone; throws {@link IllegalArgumentException} with a reason a
     *     person understands when there is none
     * @throws org.springframework.security.access.AccessDeniedException when the therapist may not treat the client
     */
    @Transactional
    public Outcome assign(
            CurrentUser therapist, UserId clientId, String instrument, Function<ZoneId, AssignmentSchedule> schedule) {
        Person client = care.requireClinicalAccess(therapist, clientId);
        if (instrument == null
                || enablement.enabled(client.practiceId(), instrument).isEmpty()) {
            return new NotOffered();
        }
        AssignmentSchedule chosen;
        try {
            chosen = schedule.apply(client.zone());
        } catch (IllegalArgumentException e) {
            return new InvalidSchedule(e.getMessage());
        }
        UUID id = assignments.assign(client.practiceId(), client.id(), therapist.id(), instrument, chosen);
        audit.write(client.practiceId(), client.id(), AUDITED);
        return new Assigned(id, client);
    }

    /**
     * Ends one of the client's active assignments; false when there is none with this id (nothing audited).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the therapist may not treat the client
     */
    @Transactional
    public boolean end(CurrentUser therapist, UserId clientId, UUID assignment) {
        Person client = care.requireClinicalAccess(therapist, clientId);
        if (!assignments.end(client.id(), assignment)) {
            return false;
        }
        audit.write(client.practiceId(), client.id(), AUDITED);
        return true;
    }
}
