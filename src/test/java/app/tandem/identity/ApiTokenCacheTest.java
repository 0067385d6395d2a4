package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.token.ApiTokens;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.SqlTimes;
import app.tandem.testing.CountingDataSource;
import app.tandem.testing.MutableClock;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A checked bearer token is trusted briefly without SQL; revocation still bites at once on this node. */
@TandemIntegrationTest
@Import({CountingDataSource.class, ApiTokenCacheTest.TestClock.class})
class ApiTokenCacheTest {

    // the default tandem.api-tokens.principal-cache-ttl
    private static final Duration TTL = Duration.ofSeconds(5);

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountPauses pauses;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    CurrentUser therapist;
    String token;

    @BeforeEach
    void aTokenThatWasJustUsed() {
        therapist = data.aTherapist(data.aPractice());
        token = tokens.issue(therapist, "test").token();
        assertThat(tokens.authenticate(token)).contains(therapist);
    }

    @Test
    void anApiRequestWithARecentlyCheckedTokenAsksTheDatabaseNothing() {
        int statements = CountingDataSource.count(
                () -> assertThat(tokens.authenticate(token)).contains(therapist));
        assertThat(statements).isZero();

        int forARequest = CountingDataSource.count(() -> {
            try {
                mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.id").value(therapist.id().toString()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(forARequest).isZero();
    }

    @Test
    void anExpiredEntryReadsTheDatabaseAgain() {
        clock.advance(TTL);

        int statements = CountingDataSource.count(
                () -> assertThat(tokens.authenticate(token)).contains(therapist));

        assertThat(statements).as("token and account read again").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceOnTheNodeThatRevokedIt() {
        assertThat(tokens.revoke(therapist.id(), tokenId())).isTrue();

        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void aPausedAccountsTokenIsRefusedAtOnce() {
        assertThat(pauses.pause(data.anAdmin(therapist.practiceId()), therapist.id()))
                .isTrue();

        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void aRevocationOnAnotherNodeIsSeenHereAfterAtMostTheTimeToLive() {
        // another node revokes: only the row changes, this node's cache is not told
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?")
                .params(SqlTimes.utc(clock.instant()), tokenId())
                .update();

        clock.advance(TTL.minusMillis(1));
        assertThat(tokens.authenticate(token)).as("still cached").contains(therapist);

        clock.advance(Duration.ofMillis(1));
        assertThat(tokens.authenticate(token)).isEmpty();
    }

    private UUID tokenId() {
        return jdbc.sql("SELECT id FROM api_token WHERE user_id = ?")
                .param(therapist.id().value())
                .query(UUID.class)
                .single();
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }
}
