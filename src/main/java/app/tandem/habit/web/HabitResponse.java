package app.tandem.habit.web;

import app.tandem.habit.internal.TodayQueries;
import app.tandem.habit.schedule.Cadence;
import app.tandem.habit.schedule.DayMark;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A habit or homework item with today's state and kind progress ("done of counted", strength 0-100). */
record HabitResponse(
        UUID id,
        String kind,
        String homeworkType,
        String title,
        String instructions,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        int interval,
        List<LocalTime> times,
        LocalDate dueOn,
        boolean paused,
        boolean remindEmail,
        boolean remindPush,
        boolean finished,
        boolean dueToday,
        DayMark today,
        int doneLastSevenDays,
        int countedLastSevenDays,
        int strength) {

    static HabitResponse of(TodayQueries.HabitView v) {
        var h = v.habit();
        return new HabitResponse(
                h.id(),
                h.kind().name(),
                h.homeworkType() == null ? null : h.homeworkType().name(),
                h.title(),
                h.instructions(),
                h.cadence(),
                h.weekdays(),
                h.interval(),
                h.times(),
                h.dueOn(),
                h.paused(),
                h.remindEmail(),
                h.remindPush(),
                h.isFinished(),
                v.dueToday(),
                v.today(),
                v.progress().done(),
                v.progress().counted(),
                v.progress().strength());
    }
}
