package app.tandem.identity.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Growing pauses after failed sign-ins: the first two failures cost nothing, the third pauses the
 * account for 30 seconds, and each further failure doubles the pause, up to 30 minutes.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 2;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

    private LoginThrottle() {}

    /** When the account may be tried again after its {@code failures}-th consecutive failure (null: at once). */
    public static Instant pausedUntil(int failures, Instant now) {
        if (failures <= FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 16);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }
}
