package app.tandem.measure.internal;

import static app.tandem.measure.internal.ResponseRows.row;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentScorer;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Score;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a client's complete response: a new complete version that supersedes it, the original kept in history,
 * saved once per submission token with its safety signals and audit entry in one transaction.
 */
@Service
public class ResponseCorrections {

    private static final Logger log = LoggerFactory.getLogger(ResponseCorrections.class);

    private final ResponseRepository responses;
    private final ScoreSummaryRepository summaries;
    private final InstrumentScorer scorer;
    private final Submissions submissions;
    private final ItemSignals signals;
    private final SafetyNet safetyNet;
    private final AuditTrail audit;
    private final CareAccess care;
    private final Clock clock;

    ResponseCorrections(
            ResponseRepository responses,
            ScoreSummaryRepository summaries,
            InstrumentScorer scorer,
            Submissions submissions,
            ItemSignals signals,
            SafetyNet safetyNet,
            AuditTrail audit,
            CareAccess care,
            Clock clock) {
        this.responses = responses;
        this.summaries = summaries;
        this.scorer = scorer;
        this.submissions = submissions;
        this.signals = signals;
        this.safetyNet = safetyNet;
        this.audit = audit;
        this.care = care;
        this.clock = clock;
    }

    /** A correction needs a reason and every item answered. */
    public static final class CorrectionRefusedException extends RuntimeException {
        CorrectionRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Corrects one of the signed-in client's own responses once per {@code answers.token()} (see {@link #correct}).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the response is not the client's own
     */
    public SaveResult submitCorrection(
            CurrentUser client, MeasureResponse original, Instrument instrument, Answers answers, String reason) {
        return submissions.once(client.id(), answers.token(), () -> {
            care.requireClinicalAccess(client, original.client());
            return correct(original, instrument, answers, reason);
        });
    }

    /**
     * Corrects a complete response: a new complete version that supersedes it (same moment of measurement), the
     * original kept in history. The reason is stored encrypted, screened like any text the client writes, audited.
     */
    @Transactional
    public SaveResult correct(MeasureResponse original, Instrument instrument, Answers answers, String reason) {
        Optional<MeasureResponse> replay = submissions.bySubmission(original.client(), answers.token());
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
                signals.raise(original.practice(), original.client(), instrument, id, score.criticalFindings());
        SafetyOutcome textSafety = safetyNet.screenText(
                original.client(),
                original.practice(),
                new SignalSource(
                        "measure-correction", id.toString(), instrument.shortName() + " correction reason", false),
                reason);
        audit.write(original.practice(), original.client(), "measure-correction");
        log.info("Corrected measure response {} with {}", original.id(), id);
        return new SaveResult(responses.find(id).orElseThrow(), score, ItemSignals.higher(safety, textSafety), false);
    }
}
