package app.tandem.appointment;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** When a client's sessions start, for other modules (measures due before each session). Callers check access. */
public interface SessionTimes {

    /** Starts of the client's sessions that were not cancelled, from {@code from} (inclusive) to {@code to}. */
    List<Instant> startsBetween(UserId client, Instant from, Instant to);

    /** The same for many clients in one read: each client with such a session, its starts in order. */
    Map<UserId, List<Instant>> startsBetween(Collection<UserId> clients, Instant from, Instant to);
}
