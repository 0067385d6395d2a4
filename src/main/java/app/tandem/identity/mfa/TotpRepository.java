package app.tandem.identity.mfa;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for TOTP secrets and recovery codes; secrets are sealed with the field cipher. */
@Repository
class TotpRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    TotpRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Secret(String base32, boolean enabled) {}

    record StoredCode(UUID id, String hash) {}

    Optional<Secret> find(UserId user) {
        return jdbc.sql("SELECT secret, enabled FROM user_totp WHERE user_id = ?")
                .param(user.value())
                .query((rs, n) -> new Secret(cipher.decrypt(rs.getString("secret")), rs.getBoolean("enabled")))
                .optional();
    }

    boolean isEnabled(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM user_totp WHERE user_id = ? AND enabled")
                        .param(user.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Stores a new, not yet confirmed secret, replacing an unconfirmed one (never a confirmed one). */
    void savePending(UserId user, String base32, Instant now) {
        jdbc.sql("DELETE FROM user_totp WHERE user_id = ? AND NOT enabled")
                .param(user.value())
                .update();
        jdbc.sql("INSERT INTO user_totp (user_id, secret, enabled, created_at) VALUES (?, ?, FALSE, ?)")
                .params(user.value(), cipher.encrypt(base32), utc(now))
                .update();
    }

    void enable(UserId user, long step, Instant now) {
        jdbc.sql("UPDATE user_totp SET enabled = TRUE, last_step = ?, confirmed_at = ? WHERE user_id = ?")
                .params(step, utc(now), user.value())
                .update();
    }

    /** Records {@code step} as used; false when it (or a later step) was used already, also by a parallel request. */
    boolean useStep(UserId user, long step) {
        return jdbc.sql("UPDATE user_totp SET last_step = ? WHERE user_id = ? AND (last_step IS NULL OR last_step < ?)")
                        .params(step, user.value(), step)
                        .update()
                > 0;
    }

    void delete(UserId user) {
        jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = ?")
                .param(user.value())
                .update();
        jdbc.sql("DELETE FROM user_totp WHERE user_id = ?").param(user.value()).update();
    }

    void replaceRecoveryCodes(UserId user, List<String> hashes) {
        jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = ?")
                .param(user.value())
                .update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO user_recovery_code (id, user_id, code_hash) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), user.value(), hash)
                    .update();
        }
    }

    List<StoredCode> unusedRecoveryCodes(UserId user) {
        return jdbc.sql("SELECT id, code_hash FROM user_recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(user.value())
                .query((rs, n) -> new StoredCode(rs.getObject("id", UUID.class), rs.getString("code_hash")))
                .list();
    }

    /** Marks a recovery code used; false when a parallel request used it first. */
    boolean useRecoveryCode(UUID id, Instant now) {
        return jdbc.sql("UPDATE user_recovery_code SET used_at = ? WHERE id = ? AND used_at IS NULL")
                        .params(utc(now), id)
                        .update()
                > 0;
    }

    int unusedRecoveryCodeCount(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM user_recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(user.value())
                .query(Integer.class)
                .single();
    }
}
