package app.tandem.safety;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert as the care team sees it in lists and the API.
 *
 * @param excerpt the words that raised it (decrypted; only the matching sentence for private entries), may be null
 * @param escalationStep 0 = primary therapist told; 1 = on-call/backup told; 2 or more = practice admins told
 */
public record AlertView(
        UUID id,
        UserId clientId,
        String clientName,
        RiskLevel level,
        AlertStatus status,
        String sourceKind,
        String sourceLabel,
        String excerpt,
        Instant raisedAt,
        Instant deadline,
        int escalationStep,
        Instant acknowledgedAt,
        AlertOutcome outcome) {

    public boolean isOpen() {
        return status == AlertStatus.OPEN;
    }

    /** True when an open alert's deadline has passed (it has been or is being escalated). */
    public boolean isOverdue(Instant now) {
        return isOpen() && !deadline.isAfter(now);
    }
}
