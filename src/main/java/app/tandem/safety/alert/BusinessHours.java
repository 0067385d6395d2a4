package app.tandem.safety.alert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A practice's opening hours on weekdays (Monday to Friday) in its own time zone; weekends closed. */
public record BusinessHours(LocalTime start, LocalTime end, ZoneId zone) {

    public BusinessHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Business hours must start before they end");
        }
    }

    public static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The first weekday strictly after {@code date}. */
    public static LocalDate nextWeekday(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWeekday(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** True when the practice is open at {@code at}. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWeekday(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** When the practice next opens after {@code at} (meaningful when it is closed at {@code at}). */
    public ZonedDateTime nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (isWeekday(date) && local.toLocalTime().isBefore(start)) {
            return ZonedDateTime.of(date, start, zone);
        }
        return ZonedDateTime.of(nextWeekday(date), start, zone);
    }
}
