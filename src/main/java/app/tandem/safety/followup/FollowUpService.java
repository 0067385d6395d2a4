package app.tandem.safety.followup;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the client's answers to the follow-up questions and, when they point to risk, raises the
 * signal through the safety net. Only ever raises: answers of "no" leave an open alert as it is.
 */
@Service
public class FollowUpService {

    static final String AUDIT = "safety-follow-up";

    private final FollowUpRepository repository;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safetyNet;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository repository, CareAccess care, AuditTrail audit, SafetyNet safetyNet, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.audit = audit;
        this.safetyNet = safetyNet;
        this.clock = clock;
    }

    /** Stores the answers once per token; the outcome is NONE unless an answer raised a signal. */
    @Transactional
    public SafetyOutcome answer(CurrentUser client, UUID alert, FollowUpAnswers answers, UUID token) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Only the client answers their follow-up questions");
        }
        Person person = care.requireClinicalAccess(client, client.id());
        if (repository.tokenUsed(person.id(), token)) {
            return SafetyOutcome.NONE;
        }
        UUID id = UUID.randomUUID();
        RiskLevel level = FollowUpAssessment.levelFor(answers);
        repository.insert(id, person.practiceId(), person.id(), alert, answers, level, clock.instant(), token);
        audit.write(person.practiceId(), person.id(), AUDIT);
        if (level == RiskLevel.NONE) {
            return SafetyOutcome.NONE;
        }
        String reference = alert != null ? alert.toString() : id.toString();
        return safetyNet.raiseSignal(
                person.id(),
                person.practiceId(),
                new SignalSource("follow-up", reference, "Follow-up questions", false),
                level,
                FollowUpAssessment.reasonFor(answers));
    }

    /** The client's most recent answers, for their care team. */
    @Transactional(readOnly = true)
    public List<FollowUpRecord> recent(CurrentUser viewer, UserId client, int limit) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), person.id(), AUDIT);
        return repository.newestFirst(person.id(), limit);
    }
}
