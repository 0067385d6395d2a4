package app.tandem.identity.token;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.SecretTokens;
import app.tandem.identity.security.SignedInUsers;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens for native apps and integrations: issued after a password check, stored hashed, revocable.
 *
 * <p>A checked token's principal is cached on the node for {@code tandem.api-tokens.principal-cache-ttl}
 * (see {@link TokenPrincipalCache}): revoking evicts it here at once, other nodes stop accepting the token
 * after at most that time.
 */
@Service
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofDays(90);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Clock clock;
    private final TokenPrincipalCache cache;
    private final TransactionTemplate transaction;

    ApiTokens(
            JdbcClient jdbc,
            AccountRepository accounts,
            Clock clock,
            ApiTokenCacheProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.cache = new TokenPrincipalCache(properties.principalCacheTtl(), properties.principalCacheSize(), clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional
    public IssuedToken issue(CurrentUser user, String label) {
        String token = SecretTokens.newToken("tdm_");
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        jdbc.sql("""
                INSERT INTO api_token (id, user_id, practice_id, label, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        user.id().value(),
                        user.practiceId().value(),
                        label,
                        SecretTokens.hash(token),
                        utc(now),
                        utc(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * The user a presented token belongs to, if the token is known, unrevoked and unexpired and its account
     * enabled. A recently checked token is answered from the cache without touching the database.
     */
    public Optional<CurrentUser> authenticate(String token) {
        String hash = SecretTokens.hash(token);
        Optional<CurrentUser> cached = cache.find(hash);
        if (cached.isPresent()) {
            return cached;
        }
        return transaction.execute(status -> load(hash));
    }

    private Optional<CurrentUser> load(String hash) {
        Instant now = clock.instant();
        Optional<TokenRow> row = jdbc.sql("""
                SELECT id, user_id, expires_at, revoked_at, last_used_at FROM api_token WHERE token_hash = ?""")
                .param(hash)
                .query((rs, n) -> new TokenRow(
                        rs.getObject("id", UUID.class),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        instant(rs, "expires_at"),
                        instant(rs, "revoked_at"),
                        instant(rs, "last_used_at")))
                .optional();
        if (row.isEmpty()
                || row.get().revokedAt() != null
                || !row.get().expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        TokenRow found = row.get();
        if (found.lastUsedAt() == null || found.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                    .params(utc(now), found.id())
                    .update();
        }
        Optional<CurrentUser> user =
                accounts.find(found.userId()).filter(a -> a.person().enabled()).map(a -> SignedInUsers.of(a.person()));
        user.ifPresent(u -> cache.put(hash, found.id(), u, found.expiresAt()));
        return user;
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> activeTokens(UserId user) {
        return jdbc.sql("""
                SELECT id, label, created_at, expires_at, last_used_at FROM api_token
                WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC""")
                .params(user.value(), utc(clock.instant()))
                .query((rs, n) -> new TokenSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("label"),
                        instant(rs, "created_at"),
                        instant(rs, "expires_at"),
                        instant(rs, "last_used_at")))
                .list();
    }

    /** Revokes one of the user's own tokens; false when there was no such active token. */
    @Transactional
    public boolean revoke(UserId user, UUID tokenId) {
        boolean revoked =
                jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                                .params(utc(clock.instant()), tokenId, user.value())
                                .update()
                        > 0;
        evictNowAndAfterCommit(() -> cache.evictToken(tokenId));
        return revoked;
    }

    /** Revokes every active token of the user (password changed or reset, account paused); returns how many. */
    @Transactional
    public int revokeAll(UserId user) {
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), user.value())
                .update();
        // also when no token was active: a paused account's cached principal must go too
        evictNowAndAfterCommit(() -> cache.evictUser(user));
        return revoked;
    }

    /**
     * Evicts at once, and again after commit: a request that read the old rows between the two would
     * otherwise cache the revoked principal for a full time to live.
     */
    private static void evictNowAndAfterCommit(Runnable evict) {
        evict.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict.run();
                }
            });
        }
    }

    /** A token as shown once to its owner. */
    public record IssuedToken(String token, Instant expiresAt) {}

    /** A token as listed on the settings page (never the secret). */
    public record TokenSummary(UUID id, String label, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    private record TokenRow(UUID id, UserId userId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}
}
