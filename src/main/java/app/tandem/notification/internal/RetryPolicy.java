package app.tandem.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Exponential backoff for email delivery: first, 2x first, 4x first ... capped, then give up. */
record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {

    RetryPolicy {
        if (maxAttempts < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("Invalid retry policy");
        }
    }

    /** When to try again after {@code attempts} failed attempts, or empty when it is time to give up. */
    Optional<Instant> nextAttemptAfter(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }

    Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
