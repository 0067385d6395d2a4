package app.tandem.measure.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.CriticalFinding;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentScorer;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.MeasureResponse.Status;
import app.tandem.measure.Score;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a client's answers: drafts (never scored), complete responses and corrections (new versions), each in one
 * transaction with its safety signals and audit entry. {@link #submit} and {@link #submitCorrection} check the
 * client's access through {@link CareAccess} and save once per submission token: a repeated submit, even one racing
 * the first, saves nothing and answers with the first response.
 */
@Service
public class ResponseService {

    private static final Logger log = LoggerFactory.getLogger(ResponseService.class);

    private final ResponseRepository responses;
    private final ScoreSummaryRepository summaries;
    private final InstrumentScorer scorer;
    private final SafetyNet safetyNet;
    private final AuditTrail audit;
    private final CareAccess care;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ResponseService(
            ResponseRepository responses,
            ScoreSummaryRepository summaries,
            InstrumentScorer scorer,
            SafetyNet safetyNet,
            AuditTrail audit,
            CareAccess care,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.responses = responses;
        this.summaries = summaries;
        this.scorer = scorer;
        this.safetyNet = safetyNet;
        this.audit = audit;
        this.care = care;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What to save: the answers, whether the client asked to finish (else: save as a draft), and the one-time key. */
    public record Answers(
            List<Integer> scored, Map<String, Integer> unscored, boolean finish, String token, UUID assignmentId) {

        /** Whether a saved response holds exactly these answers: a repeat of this submission, not another one. */
        public boolean sameAs(MeasureResponse saved, Instrument instrument) {
            Map<String, Integer> mine = unscored == null ? Map.of() : unscored;
            return saved.instrumentCode().equals(instrument.code())
                    && saved.answers().equals(scored)
                    && saved.unscoredAnswers().equals(mine);
        }
    }

    /** A correction needs a reason and every item answered. */
    public static final class CorrectionRefusedException extends RuntimeException {
        CorrectionRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Saves the signed-in client's answers once per {@code answers.token()} (see {@link #save}).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not answer for themselves
     * @throws app.tandem.measure.InvalidAnswersException when an answer is not an option of its item
     */
    public SaveResult submit(CurrentUser client, Instrument instrument, Answers answers) {
        return once(client, answers.token(), () -> {
            care.requireClinicalAccess(client, client.id());
            return save(client.practiceId(), client.id(), instrument, answers);
        });
    }

    /**
     * Corrects one of the signed-in client's own responses once per {@code answers.token()} (see {@link #correct}).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the response is not the client's own
     */
    public SaveResult submitCorrection(
            CurrentUser client, MeasureResponse original, Instrument instrument, Answers answers, String reason) {
        return once(client, answers.token(), () -> {
            care.requireClinicalAccess(client, original.client());
            return correct(original, instrument, answers, reason);
        });
    }

    /**
     * Runs a write in its own transaction. Two submits with one token can both pass the replay check; the second
     * then fails on the unique submission key, its transaction rolls back, and it answers with the first one's
     * response.
     */
    private SaveResult once(CurrentUser client, String token, Supplier<SaveResult> write) {
        try {
            return transaction.execute(s -> write.get());
        } catch (DataIntegrityViolationException raceOnToken) {
            return transaction
                    .execute(s -> bySubmission(client.id(), token))
                    .map(SaveResult::replay)
                    .orElseThrow(() -> raceOnToken);
        }
    }

    /** A response that was already saved under this token or Idempotency-Key. */
    private Optional<MeasureResponse> bySubmission(UserId client, String token) {
        return token == null
                ? Optional.empty()
                : responses.submission(client, token).flatMap(responses::find);
    }

    /**
     * Saves answers to an instrument: completes the open draft (or a new response) when {@code finish} and every
     * item is answered; otherwise stores them as a draft, unscored. Critical items raise safety signals either way.
     *
     * @throws app.tandem.measure.InvalidAnswersException when an answer is not an option of its item
     */
    @Transactional
    public SaveResult save(PracticeId practice, UserId client, Instrument instrument, Answers answers) {
        Optional<MeasureResponse> replay = bySubmission(client, answers.token());
        if (replay.isPresent()) {
            return SaveResult.replay(replay.get());
        }
        Score score = scorer.score(instrument, answers.scored(), answers.unscored());
        boolean complete = answers.finish() && score.complete();
        Instant now = clock.instant();
        Optional<MeasureResponse> draft = responses.findDraft(client, instrument.code());
        UUID id = draft.map(MeasureResponse::id).orElseGet(UUID::randomUUID);
        UUID assignment = answers.assignmentId() != null
                ? answers.assignmentId()
                : draft.map(MeasureResponse::assignmentId).orElse(null);
        ResponseRepository.Row row = row(
                id,
                practice,
                client,
                instrument,
                score,
                complete,
                draft.map(MeasureResponse::startedAt).orElse(now),
                now,
                complete ? now : null,
                null,
                null,
                assignment);
        if (draft.isPresent()) {
            responses.updateDraft(row);
        } else {
            responses.insert(row);
        }
        responses.replaceAnswers(id, answers.scored(), score.unscoredAnswers());
        if (complete) {
            summaries.rebuild(client, instrument.code());
        }
        if (answers.token() != null) {
            responses.recordSubmission(client, answers.token(), id, now);
        }
        SafetyOutcome safety = raiseSignals(practice, client, instrument, id, score.criticalFindings());
        audit.write(practice, client, "measures");
        log.info("Saved measure response {} ({})", id, complete ? "complete" : "draft");
        return new SaveResult(responses.find(id).orElseThrow(), score, safety, false);
    }

    /** Records a complete response at a past instant (demo history); raises no signals. */
    @Transactional
    public MeasureResponse recordHistorical(
            PracticeId practice,
            UserId client,
            Instrument instrument,
            List<Integer> answers,
            Instant completedAt,
            UUID assignment) {
        Score score = scorer.score(instrument, answers);
        if (!score.complete()) {
            throw new IllegalArgumentException("historical responses must be complete");
        }
        UUID id = UUID.randomUUID();
        responses.insert(row(
                id,
                practice,
                client,
                instrument,
                score,
                true,
                completedAt.minusSeconds(180),
                completedAt,
                completedAt,
                null,
                null,
                assignment));
        responses.replaceAnswers(id, answers, Map.of());
        summaries.rebuild(client, instrument.code());
        return responses.find(id).orElseThrow();
    }

    /**
     * Corrects a complete response: a new complete version that supersedes it (same moment of measurement), the
     * original kept in history. The reason is stored encrypted, screened like any text the client writes, audited.
     */
    @Transactional
    public SaveResult correct(MeasureResponse original, Instrument instrument, Answers answers, String reason) {
        Optional<MeasureResponse> replay = bySubmission(original.client(), answers.token());
        if (replay.isPresent()) {
            return SaveResult.replay(replay.get());
        }
        if (reason == null || reason.isBlank()) {
            throw new CorrectionRefusedException("reason");
        }
        if (!original.isCurrent()) {
            throw new CorrectionRefusedException("superseded");
        }
        Score score = scorer.score(instrument, answers.scored(), answers.unscored());
        if (!score.complete()) {
            return new SaveResult(original, score, SafetyOutcome.NONE, false);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        responses.insert(row(
                id,
                original.practice(),
                original.client(),
                instrument,
                score,
                true,
                now,
                now,
                original.completedAt(),
                original.id(),
                reason.strip(),
                original.assignmentId()));
        responses.replaceAnswers(id, answers.scored(), score.unscoredAnswers());
        if (!responses.markSuperseded(original.id(), id)) {
            throw new CorrectionRefusedException("superseded");
        }
        summaries.rebuild(original.client(), instrument.code());
        if (answers.token() != null) {
            responses.recordSubmission(original.client(), answers.token(), id, now);
        }
        SafetyOutcome safety =
                raiseSignals(original.practice(), original.client(), instrument, id, score.criticalFindings());
        SafetyOutcome textSafety = safetyNet.screenText(
                original.client(),
                original.practice(),
                new SignalSource(
                        "measure-correction", id.toString(), instrument.shortName() + " correction reason", false),
                reason);
        audit.write(original.practice(), original.client(), "measure-correction");
        log.info("Corrected measure response {} with {}", original.id(), id);
        return new SaveResult(responses.find(id).orElseThrow(), score, higher(safety, textSafety), false);
    }

    private SafetyOutcome raiseSignals(
            PracticeId practice, UserId client, Instrument instrument, UUID response, List<CriticalFinding> findings) {
        SafetyOutcome outcome = SafetyOutcome.NONE;
        for (CriticalFinding finding : findings) {
            SignalSource source = new SignalSource(
                    "measure-item", response.toString(), instrument.shortName() + " item " + finding.item(), false);
            SafetyOutcome raised =
                    safetyNet.raiseSignal(client, practice, source, finding.riskLevel(), finding.reason());
            outcome = higher(outcome, raised);
        }
        return outcome;
    }

    private static SafetyOutcome higher(SafetyOutcome a, SafetyOutcome b) {
        return b.level().compareTo(a.level()) > 0 ? b : a;
    }

    private static ResponseRepository.Row row(
            UUID id,
            PracticeId practice,
            UserId client,
            Instrument instrument,
            Score score,
            boolean complete,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt,
            UUID supersedes,
            String reason,
            UUID assignment) {
        return new ResponseRepository.Row(
                id,
                practice,
                client,
                instrument.code(),
                instrument.version(),
                complete ? Status.COMPLETE : Status.DRAFT,
                complete ? score.total() : null,
                complete ? score.percentage() : null,
                complete && score.band() != null ? score.band().code() : null,
                complete ? score.count() : null,
                complete ? score.screenPositive() : null,
                startedAt,
                updatedAt,
                completedAt,
                supersedes,
                reason,
                assignment);
    }
}
