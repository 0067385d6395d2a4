package app.tandem.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The delivery state of one outbound email, without its text.
 *
 * @param lastError the class of the last failure (e.g. {@code MailSendException/ConnectException}), never a message
 * @param nextAttemptAt when a pending email is tried next; meaningless once sent or failed
 */
public record EmailDelivery(
        UUID id,
        String reference,
        Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    /**
     * PENDING until sent; FAILED once the last allowed attempt failed; STORED when no mail server is
     * configured and it was only kept in the development mailbox (it never left this server).
     */
    public enum Status {
        PENDING,
        SENT,
        FAILED,
        STORED
    }

    public boolean isSent() {
        return status == Status.SENT;
    }
}
