package app.tandem.safety.followup;

import app.tandem.screening.RiskLevel;
import java.time.Instant;
import java.util.UUID;

/** One stored set of follow-up answers, for the care team. */
public record FollowUpRecord(UUID id, UUID alertId, FollowUpAnswers answers, RiskLevel level, Instant at) {

    /** Which questions were answered yes, in plain words. */
    public String reason() {
        return FollowUpAssessment.reasonFor(answers);
    }
}
