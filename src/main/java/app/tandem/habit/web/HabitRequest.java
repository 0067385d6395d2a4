package app.tandem.habit.web;

import app.tandem.habit.internal.Habit;
import app.tandem.habit.internal.HabitDraft;
import app.tandem.habit.schedule.Cadence;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A habit as the API takes it (POST whole, PATCH any subset): times as "HH:mm" strings in the client's zone.
 *
 * @param title what the client calls the habit (screened before it is saved)
 */
record HabitRequest(
        @ClientFreeText String title,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        Integer interval,
        @NotClientFreeText List<String> times,
        LocalDate startsOn,
        Boolean paused,
        Boolean remindEmail,
        Boolean remindPush) {

    HabitDraft draft() {
        return new HabitDraft(
                title,
                null,
                cadence,
                weekdays,
                interval,
                parsed(times),
                startsOn,
                null,
                null,
                remindEmail == null || remindEmail,
                remindPush == null || remindPush);
    }

    /** True when this patch changes anything besides the pause (which has a call of its own). */
    boolean editsTheHabit() {
        return Stream.of(title, cadence, weekdays, interval, times, startsOn, remindEmail, remindPush)
                .anyMatch(Objects::nonNull);
    }

    /** This patch laid over the stored habit: absent fields keep their value. */
    HabitDraft over(Habit h) {
        return new HabitDraft(
                title != null ? title : h.title(),
                h.instructions(),
                cadence != null ? cadence : h.cadence(),
                weekdays != null ? weekdays : h.weekdays(),
                interval != null ? interval : h.interval(),
                times != null ? parsed(times) : h.times(),
                startsOn != null ? startsOn : h.startsOn(),
                h.dueOn(),
                h.homeworkType(),
                remindEmail != null ? remindEmail : h.remindEmail(),
                remindPush != null ? remindPush : h.remindPush());
    }

    private static List<LocalTime> parsed(List<String> times) {
        return times == null ? List.of() : HabitForm.parseTimes(String.join(",", times));
    }
}
