package app.tandem.notification.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One subscribed browser of an account, as its owner sees it: no endpoint or keys.
 *
 * @param endpointHash SHA-256 (hex) of the endpoint, so the page's script can tell which row is this browser
 * @param lastFailure what the push service answered last time it failed, e.g. {@code HTTP 400}; null when it did not
 */
public record PushDevice(
        UUID id,
        String label,
        Instant createdAt,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastFailure,
        String endpointHash) {

    /** True when the last answer of its push service was a failure. */
    public boolean failing() {
        return lastFailureAt != null && (lastSuccessAt == null || lastFailureAt.isAfter(lastSuccessAt));
    }
}
