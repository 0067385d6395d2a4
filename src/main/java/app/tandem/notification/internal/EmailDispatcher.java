package app.tandem.notification.internal;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due emails from the outbox. Safe with several nodes: each round claims rows in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED} plus a guarded update that moves the row's next attempt
 * to the end of a lease), then sends outside any transaction and records the outcome only if the
 * claim is still its own. A node that dies mid-send leaves the row to be retried when the lease ends.
 */
@Component
public class EmailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);
    private static final int MAX_ROUNDS = 50;

    private final OutboundEmailRepository emails;
    private final MailTransport transport;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final TransactionTemplate transactions;
    private final MailMode mode;

    EmailDispatcher(
            OutboundEmailRepository emails,
            MailTransport transport,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            MailMode mode) {
        this.mode = mode;
        this.emails = emails;
        this.transport = transport;
        this.properties = properties;
        this.retryPolicy = properties.retryPolicy();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Sends every email due at {@code now}, batch by batch; returns how many were attempted. */
    public int dispatchDue(Instant now) {
        int attempted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboundEmail> batch = claim(now);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(email -> attempt(email, now));
            attempted += batch.size();
        }
        return attempted;
    }

    private List<OutboundEmail> claim(Instant now) {
        return emails.lease()
                .claimDue(transactions, now, properties.lease(), properties.batchSize(), emails::claimedBy);
    }

    private void attempt(OutboundEmail email, Instant now) {
        try {
            transport.send(email);
        } catch (Exception e) {
            recordFailure(email, errorClass(e), now);
            return;
        }
        if (mode.devMailbox()) {
            // kept in the development mailbox only: never reported as sent
            emails.markStored(email, now);
            log.info("Email {} stored in the development mailbox (not sent: no SMTP server)", email.id());
        } else if (emails.markSent(email, now)) {
            log.info("Email {} sent on attempt {}", email.id(), email.attempts());
        } else {
            log.warn("Email {} sent but its claim had expired; it may be sent twice", email.id());
        }
    }

    private void recordFailure(OutboundEmail email, String error, Instant now) {
        retryPolicy
                .nextAttemptAfter(email.attempts(), now)
                .ifPresentOrElse(
                        next -> {
                            emails.lease().retryAt(email.id(), email.claimToken(), error, next);
                            log.warn(
                                    "Email {} attempt {} failed ({}); next attempt at {}",
                                    email.id(),
                                    email.attempts(),
                                    error,
                                    next);
                        },
                        () -> {
                            emails.markFailed(email, error);
                            log.error(
                                    "Email {} failed for good after {} attempts ({})",
                                    email.id(),
                                    email.attempts(),
                                    error);
                        });
    }

    /** Exception classes only: messages can hold addresses or server replies. */
    static String errorClass(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && cause != e && depth < 4; depth++, cause = cause.getCause()) {
            chain.append('/').append(cause.getClass().getSimpleName());
        }
        return chain.length() > 200 ? chain.substring(0, 200) : chain.toString();
    }
}
