package app.tandem.habit.internal;

import app.tandem.crypto.EncryptedColumn;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder tasks (one instance per occurrence, run once across nodes) and the encrypted habit columns. */
@Configuration(proxyBeanMethods = false)
class HabitConfiguration {

    @Bean
    OneTimeTask<Void> habitReminderTask(ReminderDispatcher dispatcher) {
        // last in line: a burst of reminders due in one minute waits behind alert deadlines and emails
        return Tasks.oneTime(HabitReminderTimers.TASK)
                .defaultPriority(Priority.LOW)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
                .execute((instance, context) -> dispatcher.fire(HabitReminderTimers.Due.parse(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> habitSnoozeTask(ReminderDispatcher dispatcher) {
        return Tasks.oneTime(HabitReminderTimers.SNOOZE_TASK)
                .defaultPriority(Priority.LOW)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    String[] p = instance.getId().split("/");
                    dispatcher.fireSnoozed(UUID.fromString(p[0]), Instant.ofEpochSecond(Long.parseLong(p[1])));
                });
    }

    @Bean
    EncryptedColumn habitTitleColumn() {
        return new EncryptedColumn("habit", "id", "title");
    }

    @Bean
    EncryptedColumn habitInstructionsColumn() {
        return new EncryptedColumn("habit", "id", "instructions");
    }

    @Bean
    EncryptedColumn habitCompletionNoteColumn() {
        return new EncryptedColumn("habit_completion", "id", "note");
    }
}
