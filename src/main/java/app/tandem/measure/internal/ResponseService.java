package app.tandem.measure.internal;

import static app.tandem.measure.internal.ResponseRows.row;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentScorer;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Score;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a client's answers: drafts (never scored) and complete responses, each in one transaction with its safety
 * signals and audit entry. {@link #submit} checks the client's access through {@link CareAccess} and saves once per
 * submission token (see {@link Submissions}). Corrections are {@link ResponseCorrections}.
 */
@Service
public class ResponseService {

    private static final Logger log = LoggerFactory.getLogger(ResponseService.class);

    private final ResponseRepository responses;
    private final ScoreSummaryRepository summaries;
    private final InstrumentScorer scorer;
    private final Submissions submissions;
    private final ItemSignals signals;
    private final AuditTrail audit;
    private final CareAccess care;
    private final Clock clock;

    ResponseService(
            ResponseRepository responses,
            ScoreSummaryRepository summaries,
            InstrumentScorer scorer,
            Submissions submissions,
            ItemSignals signals,
            AuditTrail audit,
            CareAccess care,
            Clock clock) {
        this.responses = responses;
        this.summaries = summaries;
        this.scorer = scorer;
        this.submissions = submissions;
        this.signals = signals;
        this.audit = audit;
        this.care = care;
        this.clock = clock;
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

    /**
     * Saves the signed-in client's answers once per {@code answers.token()} (see {@link #save}).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not answer for themselves
     * @throws app.tandem.measure.InvalidAnswersException when an answer is not an option of its item
     */
    public SaveResult submit(CurrentUser client, Instrument instrument, Answers answers) {
        return submissions.once(client.id(), answers.token(), () -> {
            care.requireClinicalAccess(client, client.id());
            return save(client.practiceId(), client.id(), instrument, answers);
        });
    }

    /**
     * Saves answers to an instrument: completes the open draft (or a new response) when {@code finish} and every
     * item is answered; otherwise stores them as a draft, unscored. Critical items raise safety signals either way.
     *
     * @throws app.tandem.measure.InvalidAnswersException when an answer is not an option of its item
     */
    @Transactional
    public SaveResult save(PracticeId practice, UserId client, Instrument instrument, Answers answers) {
        Optional<MeasureResponse> replay = submissions.bySubmission(client, answers.token());
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
        SafetyOutcome safety = signals.raise(practice, client, instrument, id, score.criticalFindings());
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
}
