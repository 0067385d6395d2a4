package app.tandem.safety.alert;

import app.tandem.screening.RiskLevel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One signal that raised or joined an alert (free text already decrypted). */
record SignalRow(
        UUID id,
        UUID alertId,
        RiskLevel level,
        String sourceKind,
        String sourceReference,
        String sourceLabel,
        boolean privateEntry,
        String excerpt,
        List<String> reasons,
        Instant receivedAt) {}
