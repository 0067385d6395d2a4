package app.tandem.habit.internal;

import app.tandem.habit.schedule.QuietHours;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plans a habit's next reminder as one db-scheduler task instance per occurrence ({@code <habit>/<version>/<due>}),
 * fired at the due time moved out of the client's quiet hours. Each firing plans the next one, so a habit has one
 * pending task; a task left from an older version (edited, paused) finds the version moved on and does nothing.
 */
@Component
class HabitReminderTimers {

    static final String TASK = "habit-reminder";
    static final String SNOOZE_TASK = "habit-reminder-snooze";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ReminderRepository reminders;

    HabitReminderTimers(ObjectProvider<SchedulerClient> scheduler, ReminderRepository reminders) {
        this.scheduler = scheduler;
        this.reminders = reminders;
    }

    /** Schedules the first occurrence strictly after {@code after}; nothing when the habit is inactive. */
    void planNext(Habit habit, ZoneId zone, Instant after) {
        ZonedDateTime from = after.atZone(zone);
        if (!habit.isActiveOn(from.toLocalDate())) {
            return;
        }
        ZonedDateTime due = habit.schedule(zone).nextAfter(from);
        if (due == null || (habit.dueOn() != null && due.toLocalDate().isAfter(habit.dueOn()))) {
            return;
        }
        QuietHours quiet = reminders.quietHours(habit.client());
        Instant fireAt = quiet.apply(due).toInstant();
        scheduler
                .getObject()
                .scheduleIfNotExists(
                        new TaskInstance<Void>(
                                TASK, Due.of(habit, due.toInstant()).id()),
                        fireAt);
    }

    void snooze(UUID occurrence, Instant until) {
        scheduler
                .getObject()
                .scheduleIfNotExists(
                        new TaskInstance<Void>(SNOOZE_TASK, occurrence + "/" + until.getEpochSecond()), until);
    }

    /** One occurrence: which habit, at which version, due when. */
    record Due(UUID habit, int version, Instant due) {

        static Due of(Habit h, Instant due) {
            return new Due(h.id(), h.version(), due);
        }

        String id() {
            return habit + "/" + version + "/" + due.getEpochSecond();
        }

        static Due parse(String id) {
            String[] p = id.split("/");
            return new Due(UUID.fromString(p[0]), Integer.parseInt(p[1]), Instant.ofEpochSecond(Long.parseLong(p[2])));
        }
    }
}
