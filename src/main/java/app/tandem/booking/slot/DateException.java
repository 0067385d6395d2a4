package app.tandem.booking.slot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A change to the weekly hours on one date: a day off (no times: the whole day; with times: that
 * stretch) or extra hours.
 */
public record DateException(LocalDate date, LocalTime start, LocalTime end, boolean available) {

    public DateException {
        Objects.requireNonNull(date, "date");
        if ((start == null) != (end == null) || (start != null && !start.isBefore(end))) {
            throw new IllegalArgumentException("An exception has both times, in order, or none");
        }
        if (available && start == null) {
            throw new IllegalArgumentException("Extra hours need a start and an end");
        }
    }

    public static DateException dayOff(LocalDate date) {
        return new DateException(date, null, null, false);
    }

    public static DateException extraHours(LocalDate date, LocalTime start, LocalTime end) {
        return new DateException(date, start, end, true);
    }

    boolean wholeDay() {
        return start == null;
    }
}
