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

    /** A new open alert for {@code signal}, raised at {@code now}, not yet escalated or acknowledged. */
    static AlertRow open(Signal signal, Instant now, Instant deadline) {
        return new AlertRow(
                UUID.randomUUID(),
                signal.practice(),
                signal.client(),
                signal.level(),
                AlertStatus.OPEN,
                signal.source().kind(),
                signal.source().reference(),
                signal.source().label(),
                signal.excerpt(),
                now,
                now,
                0,
                0,
                deadline,
                null,
                null,
                null,
                null,
                null);
    }

    boolean isOpen() {
        return status == AlertStatus.OPEN;
    }
}
