package app.tandem.checkin.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.checkin.CheckInView;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a client's check-in once per submission key: validates it, stores it, screens its note
 * through the {@link SafetyNet} in the same transaction, and audits the write. A second submit with
 * the same key (double tap, retried request) saves nothing and answers with the first one.
 */
@Service
public class CheckInRecorder {

    public static final String NOTE_SIGNAL = "checkin-note";
    private static final Logger log = LoggerFactory.getLogger(CheckInRecorder.class);

    private final CheckInRepository repository;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safety;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckInRecorder(
            CheckInRepository repository,
            CareAccess care,
            AuditTrail audit,
            SafetyNet safety,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.care = care;
        this.audit = audit;
        this.safety = safety;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The outcome of a submit: the saved check-in, what the safety net said, and whether it was a repeat. */
    public record Recorded(StoredCheckIn checkIn, SafetyOutcome safety, boolean repeated) {

        public UUID id() {
            return checkIn.view().id();
        }
    }

    /**
     * Records {@code draft} for the signed-in client under {@code submissionKey} (scoped to them).
     *
     * @throws InvalidCheckInException when a field breaks a rule (nothing is saved)
     */
    public Recorded record(CurrentUser client, CheckInDraft draft, String submissionKey) {
        Instant now = clock.instant();
        List<Violation> problems = CheckInRules.check(draft, now);
        if (!problems.isEmpty()) {
            throw new InvalidCheckInException(problems);
        }
        try {
            return transaction.execute(s -> save(client, draft, submissionKey, now));
        } catch (DuplicateKeyException repeat) {
            StoredCheckIn first = transaction
                    .execute(s -> repository.findBySubmission(client.id(), submissionKey))
                    .orElseThrow(() -> repeat);
            log.info(
                    "Check-in submission repeated; answered with check-in {}",
                    first.view().id());
            return new Recorded(first, outcomeOf(first), true);
        }
    }

    private Recorded save(CurrentUser user, CheckInDraft draft, String submissionKey, Instant now) {
        Person client = care.requireClinicalAccess(user, user.id());
        // Milliseconds: both databases keep them exactly, so a repeated answer matches the first byte for byte.
        Instant at = (draft.recordedAt() == null ? now : draft.recordedAt()).truncatedTo(ChronoUnit.MILLIS);
        CheckInView view = new CheckInView(
                UUID.randomUUID(),
                at,
                LocalDay.of(at, client.zone()),
                client.timeZone(),
                draft.mood(),
                draft.anxiety(),
                draft.sleepHours(),
                draft.sleepQuality(),
                draft.energy(),
                draft.emotions(),
                draft.tags(),
                draft.note());
        // Screen first, in this transaction, so the row is written once with its real level; a repeated
        // submission's duplicate key rolls back the signal with it.
        SafetyOutcome outcome = screen(client, view);
        StoredCheckIn stored = new StoredCheckIn(client.practiceId(), client.id(), view, outcome.level());
        repository.insert(new CheckInRepository.NewRow(stored, submissionKey, now));
        audit.write(client.practiceId(), client.id(), "checkins");
        log.info("Check-in {} saved (safety {})", view.id(), outcome.level());
        return new Recorded(stored, outcome, false);
    }

    /**
     * Screens a check-in's note inside the caller's transaction, before its row is written; the signal refers to
     * the check-in by its id.
     */
    public SafetyOutcome screen(Person client, CheckInView view) {
        if (view.note() == null) {
            return SafetyOutcome.NONE;
        }
        return safety.screenText(
                client.id(),
                client.practiceId(),
                new SignalSource(NOTE_SIGNAL, view.id().toString(), "Check-in note", false),
                view.note());
    }

    public static SafetyOutcome outcomeOf(StoredCheckIn stored) {
        return stored.safetyLevel() == RiskLevel.NONE
                ? SafetyOutcome.NONE
                : new SafetyOutcome(stored.safetyLevel(), null, List.of(), null);
    }
}
