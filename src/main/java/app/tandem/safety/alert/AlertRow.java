package app.tandem.safety.alert;

import app.tandem.safety.AlertOutcome;
import app.tandem.safety.AlertStatus;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** One alert as stored (free text already decrypted). */
record AlertRow(
        UUID id,
        PracticeId practiceId,
        UserId clientId,
        RiskLevel level,
        AlertStatus status,
        String sourceKind,
        String sourceReference,
        String sourceLabel,
        String excerpt,
        Instant raisedAt,
        Instant levelRaisedAt,
        int round,
        int step,
        Instant deadline,
        Instant acknowledgedAt,
        UserId acknowledgedBy,
        AlertOutcome outcome,
        String outcomeReason,
        String outcomeNote) {

    boolean isOpen() {
        return status == AlertStatus.OPEN;
    }
}
