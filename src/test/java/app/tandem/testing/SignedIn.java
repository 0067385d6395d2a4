package app.tandem.testing;

import app.tandem.identity.security.SignedInUsers;
import app.tandem.shared.CurrentUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made as a given signed-in person. */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(SignedInUsers.authentication(user));
    }
}
