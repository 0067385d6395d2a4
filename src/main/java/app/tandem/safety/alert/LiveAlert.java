package app.tandem.safety.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * What a connected therapist's browser receives when an alert reaches them: enough to list it and
 * link to it, no clinical text.
 *
 * @param kind {@code raised}, {@code escalated} or {@code acknowledged}
 * @param raisedText and {@code deadlineText}: the times as the inbox page shows them, in the therapist's zone
 * @param clientUrl the client's recent data, as the inbox page links it
 */
record LiveAlert(
        long eventId,
        String kind,
        UUID alertId,
        String clientName,
        String level,
        String levelText,
        String sourceLabel,
        Instant raisedAt,
        Instant deadline,
        String raisedText,
        String deadlineText,
        boolean escalated,
        String url,
        String clientUrl) {}
