package app.tandem.measure.internal;

import app.tandem.measure.CriticalFinding;
import app.tandem.measure.Instrument;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Raises a safety signal for each critical item answer of a saved response, in the caller's transaction. */
@Component
class ItemSignals {

    private final SafetyNet safetyNet;

    ItemSignals(SafetyNet safetyNet) {
        this.safetyNet = safetyNet;
    }

    /** The highest outcome of the signals raised (NONE when there are no critical findings). */
    SafetyOutcome raise(
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

    static SafetyOutcome higher(SafetyOutcome a, SafetyOutcome b) {
        return b.level().compareTo(a.level()) > 0 ? b : a;
    }
}
