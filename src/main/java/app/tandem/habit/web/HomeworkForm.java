package app.tandem.habit.web;

import app.tandem.habit.internal.Habit;
import app.tandem.habit.internal.HabitDraft;
import app.tandem.habit.schedule.Cadence;
import app.tandem.shared.NotClientFreeText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Homework a therapist assigns: what kind, what to do, by when. The text is the therapist's, not the client's. */
record HomeworkForm(
        Habit.HomeworkType type,
        @NotClientFreeText String title,
        @NotClientFreeText String instructions,
        LocalDate dueOn,
        @NotClientFreeText String time) {

    HabitDraft draft(LocalDate today) {
        List<LocalTime> times = HabitForm.parseTimes(time == null || time.isBlank() ? "18:00" : time);
        return new HabitDraft(title, instructions, Cadence.DAILY, Set.of(), 1, times, today, dueOn, type, true, true);
    }
}
