package app.tandem.habit.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a habit is due, in the client's own zone: a cadence, the local times of day, and the day it starts. Local times
 * are kept as local times, so a daily 08:00 stays 08:00 on both sides of a clock change; a time skipped when clocks go
 * forward falls on the first valid instant after the gap, and a time repeated when clocks go back counts once (the
 * earlier instant).
 *
 * @param interval days between occurrences for {@link Cadence#EVERY_N_DAYS}, times a week for {@link
 *     Cadence#TIMES_PER_WEEK}, otherwise 1
 */
public record HabitSchedule(
        Cadence cadence, Set<DayOfWeek> days, int interval, List<LocalTime> times, LocalDate startsOn, ZoneId zone) {

    private static final int SEARCH_DAYS = 800;

    public HabitSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(zone, "zone");
        days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        times = times == null ? List.of() : times.stream().distinct().sorted().toList();
        if (times.isEmpty()) {
            throw new IllegalArgumentException("A habit needs at least one time of day");
        }
        if (cadence == Cadence.WEEKDAYS && days.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one weekday");
        }
        if (cadence == Cadence.EVERY_N_DAYS && (interval < 1 || interval > 365)) {
            throw new IllegalArgumentException("Every N days needs N between 1 and 365");
        }
        if (cadence == Cadence.TIMES_PER_WEEK && (interval < 1 || interval > 7)) {
            throw new IllegalArgumentException("N times a week needs N between 1 and 7");
        }
        if (cadence == Cadence.DAILY || cadence == Cadence.WEEKDAYS) {
            interval = 1;
        }
    }

    public static HabitSchedule daily(ZoneId zone, LocalDate startsOn, LocalTime... times) {
        return new HabitSchedule(Cadence.DAILY, Set.of(), 1, List.of(times), startsOn, zone);
    }

    public static HabitSchedule onWeekdays(ZoneId zone, LocalDate startsOn, Set<DayOfWeek> days, LocalTime... times) {
        return new HabitSchedule(Cadence.WEEKDAYS, days, 1, List.of(times), startsOn, zone);
    }

    public static HabitSchedule everyNDays(ZoneId zone, LocalDate startsOn, int n, LocalTime... times) {
        return new HabitSchedule(Cadence.EVERY_N_DAYS, Set.of(), n, List.of(times), startsOn, zone);
    }

    public static HabitSchedule timesPerWeek(ZoneId zone, LocalDate startsOn, int n, LocalTime... times) {
        return new HabitSchedule(Cadence.TIMES_PER_WEEK, Set.of(), n, List.of(times), startsOn, zone);
    }

    /** The same schedule in another zone: future occurrences move, past records stay as they were. */
    public HabitSchedule inZone(ZoneId other) {
        return new HabitSchedule(cadence, days, interval, times, startsOn, other);
    }

    /**
     * Whether {@code date} is a day the habit is planned for. For N times a week every day is a candidate (the client
     * picks which days); the week's quota is checked against completions, not here.
     */
    public boolean isPlannedOn(LocalDate date) {
        if (date.isBefore(startsOn)) {
            return false;
        }
        return switch (cadence) {
            case DAILY, TIMES_PER_WEEK -> true;
            case WEEKDAYS -> days.contains(date.getDayOfWeek());
            case EVERY_N_DAYS -> ChronoUnit.DAYS.between(startsOn, date) % interval == 0;
        };
    }

    /** The first occurrence strictly after {@code after}, or null when none comes within two years. */
    public ZonedDateTime nextAfter(ZonedDateTime after) {
        Instant limit = after.toInstant();
        LocalDate day = after.withZoneSameInstant(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!isPlannedOn(day)) {
                continue;
            }
            for (LocalTime time : times) {
                ZonedDateTime at = at(day, time);
                if (at.toInstant().isAfter(limit)) {
                    return at;
                }
            }
        }
        return null;
    }

    /** The instant of {@code time} on {@code day}: the earlier one when repeated, the end of the gap when skipped. */
    public ZonedDateTime at(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        if (gap != null && gap.isGap()) {
            return gap.getDateTimeAfter().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }
}
