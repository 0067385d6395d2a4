package app.tandem.coping.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueUse;
import app.tandem.coping.UseContext;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a technique use once per submission key: checks it, stores it, screens anything typed through the
 * {@link SafetyNet} in the same transaction, and audits the write. A repeat with the same key (double tap, retried
 * request, a rating sent again when back online) saves nothing and answers with the first use; the same key with a
 * different body is refused.
 */
@Service
public class UseRecorder {

    public static final String ANSWERS_SIGNAL = "coping-answers";
    static final String AUDIT = "coping";
    private static final Logger log = LoggerFactory.getLogger(UseRecorder.class);

    private final UseRepository uses;
    private final PinRepository pins;
    private final Toolbox toolbox;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safety;
    private final Clock clock;
    private final TransactionTemplate transaction;

    UseRecorder(
            UseRepository uses,
            PinRepository pins,
            Toolbox toolbox,
            CareAccess care,
            AuditTrail audit,
            SafetyNet safety,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.uses = uses;
        this.pins = pins;
        this.toolbox = toolbox;
        this.care = care;
        this.audit = audit;
        this.safety = safety;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a submit led to: the use, what the safety net said about anything typed, and whether it was a repeat. */
    public record Recorded(TechniqueUse use, SafetyOutcome safety, boolean repeated) {}

    /**
     * Records {@code draft} for the signed-in client under {@code submissionKey} (scoped to them).
     *
     * @throws InvalidUseException when a field breaks a rule (nothing is saved)
     * @throws IdempotencyConflictException when the key already saved a different use
     * @throws TechniqueNotFoundException when the practice offers no such technique
     */
    public Recorded record(CurrentUser client, UseDraft draft, String submissionKey) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Only clients record technique uses");
        }
        if (draft.techniqueId() == null || draft.techniqueId().isBlank()) {
            throw InvalidUseException.of(List.of(new Violation("techniqueId", "coping.error.technique")));
        }
        Technique technique = toolbox.find(client.practiceId(), draft.techniqueId())
                .orElseThrow(
                        () -> InvalidUseException.of(List.of(new Violation("techniqueId", "coping.error.technique"))));
        List<Violation> problems = UseRules.check(technique, draft);
        if (!problems.isEmpty()) {
            throw InvalidUseException.of(problems);
        }
        String hash = hash(draft);
        try {
            return transaction.execute(s -> save(client, technique, draft, submissionKey, hash));
        } catch (DuplicateKeyException repeat) {
            Map.Entry<TechniqueUse, String> first = transaction
                    .execute(s -> uses.findBySubmission(client.id(), submissionKey))
                    .orElseThrow(() -> repeat);
            if (!first.getValue().equals(hash)) {
                throw IdempotencyConflictException.forUse(first.getKey().id());
            }
            log.info(
                    "Technique use submission repeated; answered with use {}",
                    first.getKey().id());
            return new Recorded(first.getKey(), outcomeOf(first.getKey()), true);
        }
    }

    private Recorded save(CurrentUser user, Technique technique, UseDraft draft, String key, String hash) {
        Person client = care.requireClinicalAccess(user, user.id());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> answers = UseRules.cleaned(draft.answers());
        TechniqueUse use = new TechniqueUse(
                UUID.randomUUID(),
                client.id(),
                technique.id(),
                technique.version(),
                draft.variant(),
                UseContext.ofCode(draft.context()).orElse(null),
                draft.before(),
                draft.after(),
                draft.durationSeconds(),
                draft.completed(),
                pins.isPinned(client.id(), technique.id()),
                answers,
                draft.shared() && !answers.isEmpty(),
                RiskLevel.NONE,
                now);
        uses.insert(new UseRepository.NewUse(client.practiceId(), use, key, hash));
        SafetyOutcome outcome = screen(client, technique, use);
        audit.write(client.practiceId(), client.id(), AUDIT);
        log.info("Technique use {} saved (technique {}, safety {})", use.id(), technique.id(), outcome.level());
        return new Recorded(withLevel(use, outcome.level()), outcome, false);
    }

    /** Screens every typed answer together, inside the caller's transaction, and keeps the level with the row. */
    private SafetyOutcome screen(Person client, Technique technique, TechniqueUse use) {
        String typed = use.answers().entrySet().stream()
                .filter(a ->
                        technique.field(a.getKey()).map(Technique.Field::isText).orElse(false))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining("\n"));
        if (typed.isBlank()) {
            return SafetyOutcome.NONE;
        }
        SafetyOutcome outcome = safety.screenText(
                client.id(),
                client.practiceId(),
                new SignalSource(ANSWERS_SIGNAL, use.id().toString(), technique.title(), !use.shared()),
                typed);
        if (outcome.level() != RiskLevel.NONE) {
            uses.updateSafetyLevel(use.id(), outcome.level());
        }
        return outcome;
    }

    /** Seeds a use as if made at {@code at}; demo history only (nothing typed, nothing screened). */
    public UUID recordHistorical(
            PracticeId practice,
            UserId client,
            String techniqueId,
            String variant,
            int before,
            int after,
            int durationSeconds,
            boolean assigned,
            Instant at) {
        Technique technique = toolbox.require(practice, techniqueId);
        TechniqueUse use = new TechniqueUse(
                UUID.randomUUID(),
                client,
                techniqueId,
                technique.version(),
                variant,
                null,
                before,
                after,
                durationSeconds,
                true,
                assigned,
                Map.of(),
                false,
                RiskLevel.NONE,
                at.truncatedTo(ChronoUnit.MILLIS));
        return transaction.execute(s -> {
            uses.insert(new UseRepository.NewUse(practice, use, "demo:" + use.id(), "demo"));
            audit.write(practice, client, AUDIT);
            return use.id();
        });
    }

    public void pinHistorical(
            PracticeId practice, UserId client, UserId therapist, String techniqueId, String note, Instant at) {
        transaction.executeWithoutResult(s -> pins.pin(practice, client, techniqueId, therapist, note, at));
    }

    static SafetyOutcome outcomeOf(TechniqueUse use) {
        return use.safetyLevel() == RiskLevel.NONE
                ? SafetyOutcome.NONE
                : new SafetyOutcome(use.safetyLevel(), null, List.of(), null);
    }

    private static TechniqueUse withLevel(TechniqueUse u, RiskLevel level) {
        return new TechniqueUse(
                u.id(),
                u.client(),
                u.techniqueId(),
                u.techniqueVersion(),
                u.variant(),
                u.context(),
                u.before(),
                u.after(),
                u.durationSeconds(),
                u.completed(),
                u.assigned(),
                u.answers(),
                u.shared(),
                level,
                u.usedAt());
    }

    /** A fingerprint of the request, so a replayed key can be told apart from a different use under the same key. */
    static String hash(UseDraft d) {
        String canonical = String.join(
                "\u0000",
                d.techniqueId(),
                String.valueOf(d.variant()),
                String.valueOf(d.before()),
                String.valueOf(d.after()),
                String.valueOf(d.durationSeconds()),
                String.valueOf(d.completed()),
                String.valueOf(d.shared()),
                new TreeMap<>(UseRules.cleaned(d.answers())).toString());
        if (d.context() != null) {
            // only when given, so a request without a context hashes as it did before the tag existed
            canonical += "\u0000context=" + d.context();
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
