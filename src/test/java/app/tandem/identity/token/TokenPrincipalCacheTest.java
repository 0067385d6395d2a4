package app.tandem.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import app.tandem.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenPrincipalCacheTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final Instant FAR = Instant.parse("2030-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T10:00:00Z"));
    private final TokenPrincipalCache cache = new TokenPrincipalCache(TTL, 3, clock);

    @Test
    void answersWithinTheTimeToLiveAndForgetsAfterIt() {
        CurrentUser user = aUser();
        cache.put("hash", UUID.randomUUID(), user, FAR);

        clock.advance(TTL.minusMillis(1));
        assertThat(cache.find("hash")).contains(user);

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.find("hash")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverTrustsATokenPastItsOwnExpiry() {
        cache.put("hash", UUID.randomUUID(), aUser(), clock.instant().plusSeconds(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(cache.find("hash")).isEmpty();
    }

    @Test
    void evictsOneTokenOrEveryTokenOfAUser() {
        CurrentUser user = aUser();
        UUID first = UUID.randomUUID();
        cache.put("first", first, user, FAR);
        cache.put("second", UUID.randomUUID(), user, FAR);
        cache.put("other", UUID.randomUUID(), aUser(), FAR);

        cache.evictToken(first);
        assertThat(cache.find("first")).isEmpty();
        assertThat(cache.find("second")).isPresent();

        cache.evictUser(user.id());
        assertThat(cache.find("second")).isEmpty();
        assertThat(cache.find("other")).isPresent();
    }

    @Test
    void staysWithinItsBound() {
        for (int i = 0; i < 10; i++) {
            cache.put("hash" + i, UUID.randomUUID(), aUser(), FAR);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(cache.find("hash9")).isPresent();
    }

    @Test
    void aZeroTimeToLiveCachesNothing() {
        TokenPrincipalCache off = new TokenPrincipalCache(Duration.ZERO, 3, clock);
        off.put("hash", UUID.randomUUID(), aUser(), FAR);
        assertThat(off.find("hash")).isEmpty();
    }

    private static CurrentUser aUser() {
        return new CurrentUser(
                new UserId(UUID.randomUUID()),
                new PracticeId(UUID.randomUUID()),
                "someone@test.tandem",
                "Someone",
                Set.of(Role.THERAPIST),
                "UTC");
    }
}
