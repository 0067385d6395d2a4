package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** When a client's therapy sessions are, for the brief's "since the last session" and the caseload. */
public interface SessionCalendar {

    /** The start of the client's last attended session before {@code now}. */
    Optional<Instant> lastSessionBefore(UserId client, Instant now);

    /** The start of the client's next scheduled session at or after {@code now}. */
    Optional<Instant> nextSessionFrom(UserId client, Instant now);
}
