package app.tandem.identity.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How many attempts a key gets for free, and the growing pause after that: the first pause after
 * {@code free} attempts, doubling with each further one up to {@code longest}. Attempts older than
 * {@code forgetAfter} no longer count.
 */
public record AttemptLimit(String scope, int free, Duration firstPause, Duration longest, Duration forgetAfter) {

    /** Failed sign-ins for one email from one address: slows a guesser, never locks out the owner elsewhere. */
    public static final AttemptLimit SIGN_IN_PAIR =
            new AttemptLimit("pair", 2, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(24));

    /** Failed sign-ins from one address, whatever the email: stops one machine trying many accounts. */
    public static final AttemptLimit SIGN_IN_ADDRESS =
            new AttemptLimit("address", 30, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(1));

    /** Failed sign-ins for one email from anywhere: a ceiling against distributed guessing; short pauses. */
    public static final AttemptLimit SIGN_IN_ACCOUNT =
            new AttemptLimit("account", 100, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(24));

    /** Reset links sent to one email: three an hour. */
    public static final AttemptLimit RESET_EMAIL =
            new AttemptLimit("reset-email", 3, Duration.ofMinutes(20), Duration.ofHours(1), Duration.ofHours(1));

    /** Reset requests from one address: ten an hour. */
    public static final AttemptLimit RESET_ADDRESS =
            new AttemptLimit("reset-address", 10, Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(1));

    /** Until when the key is paused after its {@code attempts}-th counted attempt (null: not paused). */
    public Instant pausedUntil(int attempts, Instant now) {
        if (attempts <= free) {
            return null;
        }
        int doublings = Math.min(attempts - free - 1, 20);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(longest) > 0 ? longest : pause);
    }
}
