package app.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.testing.TandemIntegrationTest;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Due work is picked by priority: an alert deadline (HIGH) before emails and the rest (MEDIUM) before habit reminders
 * (LOW), so a burst of reminders due in one minute never holds up the escalation of a risk signal. Checked on the
 * rows db-scheduler writes, on H2 and PostgreSQL; the order it picks them in is db-scheduler's (priority-enabled).
 */
@TandemIntegrationTest
class SchedulerPrioritiesTest {

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    @Qualifier("safetyAlertDeadlineTask") OneTimeTask<Void> deadline;

    @Autowired
    @Qualifier("habitReminderTask") OneTimeTask<Void> reminder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void alertDeadlinesGoFirstAndHabitRemindersLast() {
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        String deadlineId = "priority-test-" + UUID.randomUUID();
        String reminderId = "priority-test-" + UUID.randomUUID();
        scheduler.scheduleIfNotExists(deadline.instance(deadlineId), later);
        scheduler.scheduleIfNotExists(reminder.instance(reminderId), later);
        try {
            assertThat(priorityOf(deadlineId)).isEqualTo(Priority.HIGH);
            assertThat(priorityOf(reminderId)).isEqualTo(Priority.LOW);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE priority IS NULL")
                            .query(Integer.class)
                            .single())
                    .as("every execution has a priority to be ordered by")
                    .isZero();
        } finally {
            scheduler.cancel(deadline.instance(deadlineId));
            scheduler.cancel(reminder.instance(reminderId));
        }
    }

    private int priorityOf(String instance) {
        return jdbc.sql("SELECT priority FROM scheduled_tasks WHERE task_instance = ?")
                .param(instance)
                .query(Integer.class)
                .single();
    }
}
