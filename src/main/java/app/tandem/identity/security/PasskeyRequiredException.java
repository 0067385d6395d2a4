package app.tandem.identity.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the person's practice requires a second step and their only one is a
 * passkey: they sign in with the passkey instead.
 */
public class PasskeyRequiredException extends AuthenticationException {

    PasskeyRequiredException() {
        super("Sign in with a passkey");
    }
}
