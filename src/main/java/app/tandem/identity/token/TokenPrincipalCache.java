package app.tandem.identity.token;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The principals of recently checked bearer tokens, keyed by the token's hash (never the token), each trusted
 * for a short time so that a burst of API calls does not read the token and account rows on every request.
 *
 * <p>Revoking on this node evicts at once. The cache is per node: another node keeps trusting an entry it
 * already holds until it expires, so a revocation, a paused account or any other change to the principal
 * reaches every node after at most the time to live.
 */
final class TokenPrincipalCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    TokenPrincipalCache(Duration timeToLive, int maxEntries, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cached principal of the token with this hash, unless the entry has expired. */
    Optional<CurrentUser> find(String tokenHash) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    /** Remembers a checked token, never past the token's own expiry. */
    void put(String tokenHash, UUID tokenId, CurrentUser user, Instant tokenExpiresAt) {
        if (timeToLive.isZero() || timeToLive.isNegative() || maxEntries <= 0) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= maxEntries) {
                // still full of live entries: start over rather than grow; the cost is a few extra lookups
                entries.clear();
            }
        }
        Instant until = now.plus(timeToLive);
        entries.put(tokenHash, new Entry(tokenId, user, until.isBefore(tokenExpiresAt) ? until : tokenExpiresAt));
    }

    void evictToken(UUID tokenId) {
        entries.values().removeIf(e -> e.tokenId().equals(tokenId));
    }

    void evictUser(UserId user) {
        entries.values().removeIf(e -> e.user().id().equals(user));
    }

    int size() {
        return entries.size();
    }

    private record Entry(UUID tokenId, CurrentUser user, Instant expiresAt) {}
}
