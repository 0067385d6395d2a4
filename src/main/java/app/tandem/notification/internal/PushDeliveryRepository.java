package app.tandem.notification.internal;

import app.tandem.shared.SqlTimes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the push outbox: a row lives while its push is still to be sent. */
@Repository
class PushDeliveryRepository {

    private final JdbcClient jdbc;
    private final OutboxLease lease;

    PushDeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // a row lives while its push is still to be sent
        this.lease = new OutboxLease(jdbc, "push_delivery", "TRUE");
    }

    /** How senders claim due pushes. */
    OutboxLease lease() {
        return lease;
    }

    /** A claimed delivery with what sending it needs. */
    record Claimed(
            UUID id,
            UUID subscriptionId,
            String endpoint,
            String p256dh,
            String auth,
            String payload,
            String urgency,
            int attempts,
            String claimToken) {}

    void insert(UUID id, UUID subscription, String payload, String urgency, Instant now) {
        jdbc.sql("""
                INSERT INTO push_delivery (id, subscription_id, payload, urgency, attempts, next_attempt_at, created_at)
                VALUES (:id, :subscription, :payload, :urgency, 0, :now, :now)""")
                .param("id", id)
                .param("subscription", subscription)
                .param("payload", payload)
                .param("urgency", urgency)
                .param("now", SqlTimes.utc(now))
                .update();
    }

    List<Claimed> claimedBy(String token) {
        return jdbc.sql("""
                SELECT d.id, d.subscription_id, s.endpoint, s.p256dh, s.auth, d.payload, d.urgency, d.attempts,
                       d.claim_token
                FROM push_delivery d JOIN push_subscription s ON s.id = d.subscription_id
                WHERE d.claim_token = :token
                ORDER BY d.next_attempt_at, d.created_at""")
                .param("token", token)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("subscription_id", UUID.class),
                        rs.getString("endpoint"),
                        rs.getString("p256dh"),
                        rs.getString("auth"),
                        rs.getString("payload"),
                        rs.getString("urgency"),
                        rs.getInt("attempts"),
                        rs.getString("claim_token")))
                .list();
    }

    /** Done (sent, or refused for good): the row goes, if the claim is still this dispatcher's. */
    boolean finish(Claimed delivery) {
        return jdbc.sql("DELETE FROM push_delivery WHERE id = :id AND claim_token = :token")
                        .param("id", delivery.id())
                        .param("token", delivery.claimToken())
                        .update()
                == 1;
    }
}
