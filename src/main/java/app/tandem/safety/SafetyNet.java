package app.tandem.safety;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;

/**
 * The one door through which every client answer and every word a client writes passes before
 * it is saved. Call it inside the transaction that saves the entry: an alert is created (or an
 * open one joined) in that same transaction, so a saved risky entry never exists without its alert.
 */
public interface SafetyNet {

    /** Screens free text the client wrote; raises or joins an alert when it suggests risk. */
    SafetyOutcome screenText(UserId client, PracticeId practice, SignalSource source, String text);

    /** Raises or joins an alert for a structured signal, e.g. PHQ-9 item 9 answered 2 (MODERATE). */
    SafetyOutcome raiseSignal(UserId client, PracticeId practice, SignalSource source, RiskLevel level, String reason);
}
