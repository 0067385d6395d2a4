package app.tandem.notification;

import java.util.Objects;

/**
 * An email about an account (invitation, password reset), with the one link it exists for.
 * Its text must not contain clinical content.
 */
public record AccountEmail(String to, String subject, String body) {

    public AccountEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
