package app.tandem.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of email delivery; every value has a default here.
 *
 * @param dispatchInterval pause between two dispatch rounds of the recurring task
 * @param batchSize emails claimed per round trip to the database
 * @param maxAttempts attempts before an email is FAILED for good
 * @param firstRetry wait after the first failure; doubles per failure
 * @param maxRetry the longest wait between two attempts
 * @param lease how long a claimed email stays with its dispatcher before another may retry it
 */
@ConfigurationProperties("tandem.notification")
public record NotificationProperties(
        Duration dispatchInterval,
        int batchSize,
        int maxAttempts,
        Duration firstRetry,
        Duration maxRetry,
        Duration lease) {

    public NotificationProperties {
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(3) : dispatchInterval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(30) : maxRetry;
        lease = lease == null ? Duration.ofMinutes(10) : lease;
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
    }
}
