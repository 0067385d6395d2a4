package app.tandem.appointment;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;

/** When a client's sessions start, for other modules (measures due before each session). Callers check access. */
public interface SessionTimes {

    /** Starts of the client's sessions that were not cancelled, from {@code from} (inclusive) to {@code to}. */
    List<Instant> startsBetween(UserId client, Instant from, Instant to);
}
