package app.tandem.safety;

import app.tandem.shared.CurrentUser;
import java.util.List;
import java.util.UUID;

/**
 * Alerts to the care team: what is open for a therapist, one alert, and its acknowledgement. Every
 * method checks care access and records the read or write in the audit trail. Alerts are raised only
 * through {@link SafetyNet}.
 */
public interface Alerts {

    /** Open alerts of the therapist's clients and of clients they cover, most urgent first, then oldest. */
    List<AlertView> openFor(CurrentUser therapist);

    /** One alert; throws {@link AlertNotFoundException} or AccessDeniedException. */
    AlertView get(CurrentUser viewer, UUID alertId);

    /**
     * Acknowledges an open alert; idempotent: acknowledging an acknowledged alert changes nothing and
     * says who acknowledged it and when.
     */
    AcknowledgementResult acknowledge(CurrentUser actor, UUID alertId, Acknowledgement acknowledgement);
}
