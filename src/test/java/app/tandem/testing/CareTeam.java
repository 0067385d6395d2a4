package app.tandem.testing;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A practice with a therapist and one of their clients: the people most integration tests start from. Made by
 * {@link TestData#aTherapistWithAClient()}.
 */
public record CareTeam(PracticeId practice, CurrentUser therapist, CurrentUser client) {

    /** A MockMvc request made as the therapist. */
    public RequestPostProcessor asTherapist() {
        return SignedIn.as(therapist);
    }

    /** A MockMvc request made as the client. */
    public RequestPostProcessor asClient() {
        return SignedIn.as(client);
    }
}
