package app.tandem.identity.security;

import app.tandem.shared.UserId;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** Kept in the session between a right password and the code: who, from where, since when. Not an authentication. */
record PendingSignIn(UserId user, String email, String address, Instant since) implements Serializable {

    static final String SESSION_ATTRIBUTE = "tandem.pendingSignIn";
    static final Duration LIFETIME = Duration.ofMinutes(5);

    boolean expiredAt(Instant now) {
        return since.plus(LIFETIME).isBefore(now);
    }
}
