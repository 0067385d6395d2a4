package app.tandem.measure.need;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The practice's own recovery curves, e.g. {@code tandem.measure.recovery.curves.phq9.half-life-weeks=10}; an
 * instrument not configured keeps its default from {@link ExpectedRecovery#DEFAULTS}.
 */
@ConfigurationProperties("tandem.measure.recovery")
record RecoveryProperties(Map<String, ExpectedRecovery.Curve> curves) {

    ExpectedRecovery expectedRecovery() {
        Map<String, ExpectedRecovery.Curve> merged = new HashMap<>(ExpectedRecovery.DEFAULTS);
        if (curves != null) {
            merged.putAll(curves);
        }
        return new ExpectedRecovery(merged);
    }
}
