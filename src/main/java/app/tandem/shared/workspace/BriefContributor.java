package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** A module's observations about one client for the brief a therapist reads before a session. */
public interface BriefContributor {

    /**
     * What the module saw for {@code client} from {@code since} (the last session, or a default window) up to
     * {@code until}; empty when it has nothing to say. The caller has checked access and audits the read.
     */
    Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until);
}
