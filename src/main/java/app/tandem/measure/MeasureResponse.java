package app.tandem.measure;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stored response. {@code answers} has one entry per scored item in item order (null = unanswered, only in
 * drafts). A DRAFT has no score; a COMPLETE response is never edited: a correction is a new response whose
 * {@code supersedesId} names the one it replaces, which then carries {@code supersededById}.
 */
public record MeasureResponse(
        UUID id,
        PracticeId practice,
        UserId client,
        String instrumentCode,
        String instrumentVersion,
        Status status,
        List<Integer> answers,
        Map<String, Integer> unscoredAnswers,
        Integer total,
        Integer percentage,
        String bandCode,
        Integer count,
        Boolean screenPositive,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt,
        UUID supersedesId,
        UUID supersededById,
        String correctionReason,
        UUID assignmentId) {

    /** DRAFT: saved to finish later, never scored. COMPLETE: every item answered and scored. */
    public enum Status {
        DRAFT,
        COMPLETE
    }

    public MeasureResponse {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
        unscoredAnswers = Map.copyOf(unscoredAnswers);
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /** A complete response that no correction has replaced: the one that counts. */
    public boolean isCurrent() {
        return isComplete() && supersededById == null;
    }

    public boolean isCorrection() {
        return supersedesId != null;
    }
}
