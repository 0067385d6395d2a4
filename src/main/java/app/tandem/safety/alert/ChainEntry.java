package app.tandem.safety.alert;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of an alert's chain: who was told, when and how; escalations; the acknowledgement.
 *
 * @param channel IN_APP or EMAIL for NOTIFIED entries, else null
 * @param emailId the outbox email for an EMAIL entry, so its delivery status can be shown
 * @param detail a short, content-free note (e.g. the new level, the outcome)
 */
record ChainEntry(
        UUID id,
        int seq,
        Instant at,
        ChainKind kind,
        int step,
        UserId personId,
        String channel,
        UUID emailId,
        String detail) {

    static final String IN_APP = "IN_APP";
    static final String EMAIL = "EMAIL";
}
