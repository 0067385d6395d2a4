package app.tandem.notification.internal;

import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for push subscriptions and the VAPID key; reads and writes by a user are scoped to that user. */
@Repository
class PushSubscriptionRepository {

    private final JdbcClient jdbc;

    PushSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a delivery needs of a subscription. */
    record Target(UUID id, String endpoint, String p256dh, String auth) {}

    record StoredKey(String publicKey, String privateKey) {}

    Optional<StoredKey> vapidKey() {
        return jdbc.sql("SELECT public_key, private_key FROM push_vapid_key WHERE id = 'vapid'")
                .query((rs, n) -> new StoredKey(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** False when another node stored its key first. */
    boolean insertVapidKey(String publicKey, String encryptedPrivateKey, Instant now) {
        try {
            return jdbc.sql("""
                            INSERT INTO push_vapid_key (id, public_key, private_key, created_at)
                            VALUES ('vapid', :public, :private, :now)""")
                            .param("public", publicKey)
                            .param("private", encryptedPrivateKey)
                            .param("now", SqlTimes.utc(now))
                            .update()
                    == 1;
        } catch (DuplicateKeyException other) {
            return false;
        }
    }

    /**
     * Stores a subscription, or gives an existing endpoint to this user with its new keys (a browser shared by two
     * accounts keeps one subscription: it follows whoever turned notifications on last).
     */
    UUID upsert(
            PracticeId practice, UserId user, String endpoint, String p256dh, String auth, String label, Instant now) {
        Optional<UUID> existing = jdbc.sql("SELECT id FROM push_subscription WHERE endpoint = :endpoint")
                .param("endpoint", endpoint)
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            jdbc.sql("""
                    UPDATE push_subscription
                    SET practice_id = :practice, user_id = :user, p256dh = :p256dh, auth = :auth, device_label = :label
                    WHERE id = :id""")
                    .param("practice", practice.value())
                    .param("user", user.value())
                    .param("p256dh", p256dh)
                    .param("auth", auth)
                    .param("label", label)
                    .param("id", existing.get())
                    .update();
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO push_subscription (id, practice_id, user_id, endpoint, p256dh, auth, device_label, created_at)
                VALUES (:id, :practice, :user, :endpoint, :p256dh, :auth, :label, :now)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("user", user.value())
                .param("endpoint", endpoint)
                .param("p256dh", p256dh)
                .param("auth", auth)
                .param("label", label)
                .param("now", SqlTimes.utc(now))
                .update();
        return id;
    }

    boolean deleteByEndpoint(UserId user, String endpoint) {
        return jdbc.sql("DELETE FROM push_subscription WHERE endpoint = :endpoint AND user_id = :user")
                        .param("endpoint", endpoint)
                        .param("user", user.value())
                        .update()
                == 1;
    }

    boolean delete(UserId user, UUID id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE id = :id AND user_id = :user")
                        .param("id", id)
                        .param("user", user.value())
                        .update()
                == 1;
    }

    /** The push service said the subscription is gone (404/410). */
    void deleteGone(UUID id) {
        jdbc.sql("DELETE FROM push_subscription WHERE id = :id").param("id", id).update();
    }

    List<UUID> idsOf(UserId user) {
        return jdbc.sql("SELECT id FROM push_subscription WHERE user_id = :user ORDER BY created_at, id")
                .param("user", user.value())
                .query(UUID.class)
                .list();
    }

    List<PushDevice> devicesOf(UserId user) {
        return jdbc.sql("""
                SELECT id, endpoint, device_label, created_at, last_success_at, last_failure_at, last_failure
                FROM push_subscription WHERE user_id = :user ORDER BY created_at, id""")
                .param("user", user.value())
                .query((rs, n) -> new PushDevice(
                        rs.getObject("id", UUID.class),
                        rs.getString("device_label"),
                        SqlTimes.instant(rs, "created_at"),
                        SqlTimes.instant(rs, "last_success_at"),
                        SqlTimes.instant(rs, "last_failure_at"),
                        rs.getString("last_failure"),
                        sha256(rs.getString("endpoint"))))
                .list();
    }

    Optional<Target> target(UUID id) {
        return jdbc.sql("SELECT id, endpoint, p256dh, auth FROM push_subscription WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Target(
                        rs.getObject("id", UUID.class),
                        rs.getString("endpoint"),
                        rs.getString("p256dh"),
                        rs.getString("auth")))
                .optional();
    }

    void recordSuccess(UUID id, Instant now) {
        jdbc.sql("UPDATE push_subscription SET last_success_at = :now WHERE id = :id")
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    void recordFailure(UUID id, String failure, Instant now) {
        jdbc.sql("UPDATE push_subscription SET last_failure_at = :now, last_failure = :failure WHERE id = :id")
                .param("now", SqlTimes.utc(now))
                .param("failure", failure.length() > 60 ? failure.substring(0, 60) : failure)
                .param("id", id)
                .update();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
