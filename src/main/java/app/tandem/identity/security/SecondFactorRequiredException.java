package app.tandem.identity.security;

import app.tandem.shared.UserId;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right but the person uses two-step sign-in: no authentication is granted until a
 * code is checked by {@link SecondFactorCheck}.
 */
public class SecondFactorRequiredException extends AuthenticationException {

    private final UserId user;
    private final String email;
    private final String address;

    SecondFactorRequiredException(UserId user, String email, String address) {
        super("A second factor is required");
        this.user = user;
        this.email = email;
        this.address = address;
    }

    public UserId user() {
        return user;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }
}
