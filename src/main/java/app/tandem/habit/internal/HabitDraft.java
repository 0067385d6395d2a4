package app.tandem.habit.internal;

import app.tandem.habit.schedule.Cadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What a client (or a therapist assigning homework) asks for; checked by {@link HabitService}. */
public record HabitDraft(
        String title,
        String instructions,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        Integer interval,
        List<LocalTime> times,
        LocalDate startsOn,
        LocalDate dueOn,
        Habit.HomeworkType homeworkType,
        boolean remindEmail,
        boolean remindPush) {}
