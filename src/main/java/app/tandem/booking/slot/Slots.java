package app.tandem.booking.slot;

import app.tandem.booking.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Free consultation slots of one therapist: weekly hours on each date in the therapist's zone, minus
 * days off, plus extra hours, cut into 15-minute slots; then without the slots that are too soon, too
 * far ahead, or within the buffer of a booking already made. Local times that do not exist (the hour
 * skipped when clocks go forward) give no slot; local times that happen twice (clocks go back) give
 * one slot, at the earlier instant.
 */
public final class Slots {

    private Slots() {}

    /** Free slots starting in {@code [from, to)}, in time order. */
    public static List<Slot> free(
            Availability availability, Collection<Instant> booked, Instant now, Instant from, Instant to) {
        BookingRules rules = availability.rules();
        Instant earliest = max(from, now.plus(rules.minimumNotice()));
        Instant latest = min(to, now.plus(rules.horizon()));
        List<Slot> free = new ArrayList<>();
        if (!earliest.isBefore(latest)) {
            return free;
        }
        LocalDate first = earliest.atZone(availability.zone()).toLocalDate();
        LocalDate last = latest.atZone(availability.zone()).toLocalDate();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (Slot slot : onDate(availability, date)) {
                if (!slot.start().isBefore(earliest)
                        && slot.start().isBefore(latest)
                        && clearOf(slot, booked, rules.buffer())) {
                    free.add(slot);
                }
            }
        }
        free.sort(Comparator.comparing(Slot::start));
        return free;
    }

    /** Whether one start instant is a free slot right now (checked again before a booking is written). */
    public static boolean isFree(Availability availability, Collection<Instant> booked, Instant now, Instant start) {
        return free(availability, booked, now, start, start.plusSeconds(1)).stream()
                .anyMatch(s -> s.start().equals(start));
    }

    private static List<Slot> onDate(Availability availability, LocalDate date) {
        List<LocalTime[]> windows = new ArrayList<>();
        for (WeeklyHours hours : availability.weekly()) {
            if (hours.day() == date.getDayOfWeek()) {
                windows.add(new LocalTime[] {hours.start(), hours.end()});
            }
        }
        List<DateException> today = availability.exceptions().stream()
                .filter(e -> e.date().equals(date))
                .toList();
        for (DateException exception : today) {
            if (exception.available()) {
                windows.add(new LocalTime[] {exception.start(), exception.end()});
            }
        }
        List<Slot> slots = new ArrayList<>();
        long step = BookingRules.SLOT.toMinutes();
        for (LocalTime[] window : windows) {
            for (LocalTime t = window[0];
                    !t.plusMinutes(step).isAfter(window[1])
                            && !t.plusMinutes(step).equals(LocalTime.MIDNIGHT);
                    t = t.plusMinutes(step)) {
                LocalTime local = t;
                if (today.stream().anyMatch(e -> !e.available() && blocks(e, local, local.plusMinutes(step)))) {
                    continue;
                }
                ZonedDateTime start = ZonedDateTime.of(date, t, availability.zone());
                if (!start.toLocalTime().equals(t)) {
                    continue; // in the gap when clocks go forward
                }
                Slot slot = new Slot(
                        start.toInstant(), start.toInstant().plus(BookingRules.SLOT), availability.therapist());
                if (slots.stream().noneMatch(s -> s.start().equals(slot.start()))) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    private static boolean blocks(DateException dayOff, LocalTime start, LocalTime end) {
        return dayOff.wholeDay()
                || (start.isBefore(dayOff.end()) && dayOff.start().isBefore(end));
    }

    private static boolean clearOf(Slot slot, Collection<Instant> booked, Duration buffer) {
        for (Instant other : booked) {
            Instant otherEnd = other.plus(BookingRules.SLOT);
            if (slot.overlaps(other.minus(buffer), otherEnd.plus(buffer))) {
                return false;
            }
        }
        return true;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
