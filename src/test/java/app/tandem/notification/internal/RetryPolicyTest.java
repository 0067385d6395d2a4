package app.tandem.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(12, Duration.ofSeconds(30), Duration.ofMinutes(30));
    final Instant failedAt = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void doublesThePauseAfterEachFailureUpToTheCap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.nextAttemptAfter(11, failedAt)).contains(failedAt.plus(Duration.ofMinutes(30)));
        assertThat(policy.nextAttemptAfter(12, failedAt)).isEmpty();
    }

    @Test
    void namesErrorsByClassOnlySoNoAddressOrReplyIsStored() {
        Exception error = new IllegalStateException(
                "550 no such user casey@example.com", new java.net.ConnectException("refused by 10.0.0.1"));

        assertThat(EmailDispatcher.errorClass(error)).isEqualTo("IllegalStateException/ConnectException");
    }
}
