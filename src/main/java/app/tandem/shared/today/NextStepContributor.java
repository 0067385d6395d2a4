package app.tandem.shared.today;

import app.tandem.shared.CurrentUser;
import java.util.Optional;

/** A module's most pressing thing for the client to do today, if it has one (the client is the viewer). */
public interface NextStepContributor {

    Optional<NextStep> nextFor(CurrentUser client);
}
