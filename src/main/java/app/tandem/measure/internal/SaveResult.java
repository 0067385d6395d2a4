package app.tandem.measure.internal;

import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Score;
import app.tandem.safety.SafetyOutcome;

/**
 * What saving answers did: the stored response, its score (incomplete for drafts; null for a replay), the safety
 * outcome (NONE when nothing was raised) and whether this was a repeated submit answered from the first one.
 */
public record SaveResult(MeasureResponse response, Score score, SafetyOutcome safety, boolean replayed) {

    public boolean complete() {
        return response.isComplete();
    }
}
