package app.tandem.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of weekly consultation hours in the therapist's zone, e.g. Tuesday 09:00-12:00. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyHours {
        Objects.requireNonNull(day, "day");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Hours must end after they start");
        }
    }
}
