package app.tandem.habit.schedule;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours a client does not want to be reminded (default 21:00 to 08:00, may wrap midnight). A reminder due inside
 * them moves to their end, in the client's zone; the end itself is outside.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean contains(LocalTime t) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** {@code due} itself when outside quiet hours, otherwise the next end of quiet hours after it. */
    public ZonedDateTime apply(ZonedDateTime due) {
        if (!contains(due.toLocalTime())) {
            return due;
        }
        ZonedDateTime end = due.with(this.end);
        if (!end.isAfter(due)) {
            end = due.toLocalDate().plusDays(1).atTime(this.end).atZone(due.getZone());
        }
        return end;
    }
}
