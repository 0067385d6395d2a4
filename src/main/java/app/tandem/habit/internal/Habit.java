package app.tandem.habit.internal;

import app.tandem.habit.schedule.Cadence;
import app.tandem.habit.schedule.HabitSchedule;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A habit or a homework item as stored (title and instructions already decrypted). */
public record Habit(
        UUID id,
        PracticeId practice,
        UserId client,
        UserId createdBy,
        Kind kind,
        HomeworkType homeworkType,
        String title,
        String instructions,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        int interval,
        List<LocalTime> times,
        LocalDate startsOn,
        LocalDate dueOn,
        boolean remindEmail,
        boolean remindPush,
        boolean paused,
        Instant finishedAt,
        int version) {

    public enum Kind {
        HABIT,
        HOMEWORK
    }

    /** What a therapist asks the client to do between sessions. */
    public enum HomeworkType {
        TECHNIQUE,
        MEASURE,
        ACTIVATION,
        READING,
        FREE_TEXT
    }

    public HabitSchedule schedule(ZoneId zone) {
        return new HabitSchedule(cadence, weekdays, interval, times, startsOn, zone);
    }

    public boolean isHomework() {
        return kind == Kind.HOMEWORK;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** Whether reminders may fire: not paused, not finished, and homework not past its due date. */
    public boolean isActiveOn(LocalDate day) {
        return !paused && finishedAt == null && (dueOn == null || !day.isAfter(dueOn));
    }
}
