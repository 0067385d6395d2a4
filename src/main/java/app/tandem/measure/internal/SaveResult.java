package app.tandem.measure.internal;

import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Score;
import app.tandem.safety.SafetyOutcome;

/**
 * What saving answers did: the stored response, its score (incomplete for drafts; null for a replay), the safety
 * outcome (NONE when nothing was raised) and whether this was a repeated submit answered from the first one.
 */
public record SaveResult(MeasureResponse response, Score score, SafetyOutcome safety, boolean replayed) {

    /** The answer to a repeated submit: the first submit's response, nothing raised again. */
    static SaveResult replay(MeasureResponse first) {
        return new SaveResult(first, null, SafetyOutcome.NONE, true);
    }

    public boolean complete() {
        return response.isComplete();
    }
}
