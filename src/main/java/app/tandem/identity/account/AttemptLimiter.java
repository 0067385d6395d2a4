package app.tandem.identity.account;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per key in the database, so every node sees the same counts. Keys are stored only
 * as hashes: the table never holds an email or an address.
 */
@Component
public class AttemptLimiter {

    private final JdbcClient jdbc;

    AttemptLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when {@code key} is paused under {@code limit}, if it is paused at {@code now}. */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(AttemptLimit limit, String key, Instant now) {
        return jdbc.sql("SELECT blocked_until FROM attempt_limit WHERE key_hash = ?")
                .param(hash(limit, key))
                .query((rs, n) -> Optional.ofNullable(instant(rs, "blocked_until")))
                .optional()
                .flatMap(o -> o)
                .filter(until -> until.isAfter(now));
    }

    /** Counts one attempt; returns until when the key is now paused, if it is. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> record(AttemptLimit limit, String key, Instant now) {
        String hash = hash(limit, key);
        // the row is created once, then locked: safe when nodes count the same key at the same moment
        jdbc.sql("""
                INSERT INTO attempt_limit (key_hash, attempts, blocked_until, last_at) VALUES (?, 0, NULL, ?)
                ON CONFLICT DO NOTHING""").params(hash, utc(now)).update();
        Row row = jdbc.sql("SELECT attempts, last_at FROM attempt_limit WHERE key_hash = ? FOR UPDATE")
                .param(hash)
                .query((rs, n) -> new Row(rs.getInt("attempts"), instant(rs, "last_at")))
                .single();
        int attempts = row.lastAt().plus(limit.forgetAfter()).isBefore(now) ? 1 : row.attempts() + 1;
        Instant until = limit.pausedUntil(attempts, now);
        jdbc.sql("UPDATE attempt_limit SET attempts = ?, blocked_until = ?, last_at = ? WHERE key_hash = ?")
                .params(attempts, utc(until), utc(now), hash)
                .update();
        return Optional.ofNullable(until);
    }

    /** Forgets a key's attempts (e.g. after a successful sign-in for that email from that address). */
    @Transactional
    public void clear(AttemptLimit limit, String key) {
        jdbc.sql("DELETE FROM attempt_limit WHERE key_hash = ?")
                .param(hash(limit, key))
                .update();
    }

    private static String hash(AttemptLimit limit, String key) {
        return SecretTokens.hash(limit.scope() + ":" + key);
    }

    private record Row(int attempts, Instant lastAt) {}
}
