package app.tandem.booking.slot;

import app.tandem.shared.UserId;
import java.time.Instant;

/** A bookable 15-minute consultation with one therapist, as instants (UTC). */
public record Slot(Instant start, Instant end, UserId therapist) {

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
