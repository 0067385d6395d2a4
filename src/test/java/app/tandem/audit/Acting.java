package app.tandem.audit;

import app.tandem.identity.security.SignedInUsers;
import app.tandem.shared.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a signed-in person, the way a request thread would. */
final class Acting {

    private Acting() {}

    static void as(CurrentUser user, Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(SignedInUsers.authentication(user));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
