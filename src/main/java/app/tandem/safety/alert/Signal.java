package app.tandem.safety.alert;

import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.List;

/** A risk signal ready to raise or join an alert: level at least LOW, reasons and excerpt already built. */
record Signal(
        UserId client,
        PracticeId practice,
        SignalSource source,
        RiskLevel level,
        List<String> reasons,
        String excerpt) {

    Signal {
        if (!level.isAtLeast(RiskLevel.LOW)) {
            throw new IllegalArgumentException("Only LOW or higher signals raise alerts");
        }
        reasons = List.copyOf(reasons);
    }
}
