package app.tandem.notification.internal;

import app.tandem.shared.SqlTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an outbox table (emails, pushes) hands its due rows to one sender at a time on any number of nodes: a round
 * locks due rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}) and claims each with a token and a lease
 * (its next attempt moves to the end of the lease), in one short transaction; the sender then works outside any
 * transaction and records an outcome only while the claim is still its own. A node that dies mid-send leaves its rows
 * to be claimed again when the lease ends.
 */
final class OutboxLease {

    private final JdbcClient jdbc;
    private final String table;
    private final String waiting;

    /**
     * @param table the outbox table (a constant of this module)
     * @param waiting the condition a row still to be sent meets besides being due, e.g. {@code status = 'PENDING'}
     */
    OutboxLease(JdbcClient jdbc, String table, String waiting) {
        this.jdbc = jdbc;
        this.table = table;
        this.waiting = waiting;
    }

    /** Claims up to {@code limit} due rows for one round and reads them with {@code claimedBy(token)}. */
    <T> List<T> claimDue(
            TransactionTemplate transactions,
            Instant now,
            Duration lease,
            int limit,
            Function<String, List<T>> claimedBy) {
        String token = UUID.randomUUID().toString();
        Instant leaseUntil = now.plus(lease);
        return transactions.execute(status -> {
            boolean any = false;
            for (UUID id : lockDue(now, limit)) {
                any |= claim(id, token, now, leaseUntil);
            }
            return any ? claimedBy.apply(token) : List.of();
        });
    }

    /** Puts a claimed row back for another attempt at {@code next}; false if the claim is no longer this one. */
    boolean retryAt(UUID id, String token, String error, Instant next) {
        return jdbc.sql("UPDATE " + table + " SET next_attempt_at = :next, last_error = :error, claim_token = NULL"
                                + " WHERE id = :id AND claim_token = :token")
                        .param("next", SqlTimes.utc(next))
                        .param("error", error)
                        .param("id", id)
                        .param("token", token)
                        .update()
                == 1;
    }

    private List<UUID> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + waiting + " AND next_attempt_at <= :now"
                        + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", SqlTimes.utc(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    private boolean claim(UUID id, String token, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE " + table
                                + " SET claim_token = :token, attempts = attempts + 1, next_attempt_at = :leaseUntil"
                                + " WHERE id = :id AND " + waiting + " AND next_attempt_at <= :now")
                        .param("token", token)
                        .param("leaseUntil", SqlTimes.utc(leaseUntil))
                        .param("id", id)
                        .param("now", SqlTimes.utc(now))
                        .update()
                == 1;
    }
}
