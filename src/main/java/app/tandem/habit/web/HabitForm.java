package app.tandem.habit.web;

import app.tandem.habit.internal.Habit;
import app.tandem.habit.internal.HabitDraft;
import app.tandem.habit.schedule.Cadence;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A habit as the page submits it; {@code times} is typed as "08:00" or "08:00, 20:00".
 *
 * @param title what the client calls the habit (screened before it is saved)
 */
record HabitForm(
        @ClientFreeText String title,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        Integer interval,
        @NotClientFreeText String times,
        Boolean remindEmail,
        Boolean remindPush) {

    static HabitForm blank() {
        return new HabitForm("", Cadence.DAILY, EnumSet.noneOf(DayOfWeek.class), 3, "08:00", true, true);
    }

    static HabitForm of(Habit h) {
        return new HabitForm(
                h.title(),
                h.cadence(),
                h.weekdays(),
                h.interval(),
                h.times().stream().map(LocalTime::toString).collect(Collectors.joining(", ")),
                h.remindEmail(),
                h.remindPush());
    }

    HabitDraft draft() {
        return new HabitDraft(
                title,
                null,
                cadence,
                weekdays,
                interval,
                parseTimes(times),
                null,
                null,
                null,
                // an unticked box is not sent at all
                Boolean.TRUE.equals(remindEmail),
                Boolean.TRUE.equals(remindPush));
    }

    static List<LocalTime> parseTimes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(typed.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(s -> LocalTime.parse(s.length() == 4 ? "0" + s : s))
                    .toList();
        } catch (DateTimeParseException e) {
            return List.of();
        }
    }
}
