package app.tandem.safety;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * The state of an alert after someone tried to acknowledge it.
 *
 * @param alreadyAcknowledged true when someone had acknowledged it before this attempt (nothing changed)
 */
public record AcknowledgementResult(
        UUID alertId,
        boolean alreadyAcknowledged,
        UserId acknowledgedBy,
        String acknowledgedByName,
        Instant acknowledgedAt,
        AlertOutcome outcome) {}
