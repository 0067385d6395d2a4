package app.tandem.safety;

import app.tandem.screening.RiskLevel;
import java.util.List;
import java.util.UUID;

/**
 * What the safety net decided about an entry, for the page or API response that saved it. The
 * entry is always saved; a level above NONE means an alert exists (id given) and the client is
 * shown the crisis card (HIGH: the full crisis screen first).
 *
 * @param level the highest level raised by this entry (NONE when nothing was found)
 * @param alertId the alert this entry raised or joined, null for NONE
 * @param reasons plain, non-diagnostic reasons for the clinician (rule and matched words); never shown to the client
 * @param contactExpectation calm words for the client about when their care team will be in touch, null for NONE
 */
public record SafetyOutcome(RiskLevel level, UUID alertId, List<String> reasons, String contactExpectation) {

    public static final SafetyOutcome NONE = new SafetyOutcome(RiskLevel.NONE, null, List.of(), null);

    public SafetyOutcome {
        reasons = List.copyOf(reasons);
    }

    public boolean showCrisisCard() {
        return level.isAtLeast(RiskLevel.LOW);
    }

    public boolean showCrisisScreen() {
        return level == RiskLevel.HIGH;
    }
}
