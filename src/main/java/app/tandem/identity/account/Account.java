package app.tandem.identity.account;

import app.tandem.identity.Person;
import java.time.Instant;

/** A person together with what sign-in needs to know about them. */
public record Account(Person person, String passwordHash, int failedLogins, Instant lockedUntil, Integer idleMinutes) {

    public boolean canSignIn() {
        return person.enabled() && passwordHash != null;
    }
}
