package app.tandem.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in with this email (from this address) is paused after repeated failures, until {@link #until()}. */
public class AccountPausedException extends LockedException {

    private final transient Instant until;

    AccountPausedException(Instant until) {
        super("Sign-in paused after repeated failures");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
