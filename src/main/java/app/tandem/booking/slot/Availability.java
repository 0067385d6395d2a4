package app.tandem.booking.slot;

import app.tandem.booking.WeeklyHours;
import app.tandem.shared.UserId;
import java.time.ZoneId;
import java.util.List;

/** Everything that decides when one therapist can be booked: their zone, hours, exceptions and rules. */
public record Availability(
        UserId therapist, ZoneId zone, List<WeeklyHours> weekly, List<DateException> exceptions, BookingRules rules) {

    public Availability {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }
}
