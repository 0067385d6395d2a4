package app.tandem.safety.alert;

import app.tandem.safety.SafetyPlanOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records on the client's open alert that they opened their safety plan (only published when the
 * client allows it), so the clinician sees it in the alert's chain. Runs in the opening transaction.
 */
@Component
class SafetyPlanOpenings {

    private final AlertRepository alerts;

    SafetyPlanOpenings(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void record(SafetyPlanOpened opened) {
        alerts.openForClient(opened.clientId())
                .ifPresent(alert -> alerts.appendChain(
                        alert, opened.at(), NewChainEntry.safetyPlanOpened(alert.step(), opened.clientId())));
    }
}
