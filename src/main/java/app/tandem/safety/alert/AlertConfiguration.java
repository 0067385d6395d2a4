package app.tandem.safety.alert;

import app.tandem.crypto.EncryptedColumn;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alert deadline task, the per-node live-feed poll, and the encrypted alert columns. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertConfiguration {

    /** Fires on exactly one node per deadline; a failed run is retried soon, a deadline is never dropped. */
    @Bean
    OneTimeTask<Void> safetyAlertDeadlineTask(Escalator escalator) {
        // first in line: a burst of due reminders never delays a deadline that escalates a risk signal
        return Tasks.oneTime(DeadlineTimers.TASK)
                .defaultPriority(Priority.HIGH)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> escalator.onDeadline(DeadlineTimers.Deadline.parse(instance.getId())));
    }

    @Bean
    EncryptedColumn safetyAlertExcerpt() {
        return new EncryptedColumn("safety_alert", "id", "excerpt");
    }

    @Bean
    EncryptedColumn safetyAlertOutcomeReason() {
        return new EncryptedColumn("safety_alert", "id", "outcome_reason");
    }

    @Bean
    EncryptedColumn safetyAlertOutcomeNote() {
        return new EncryptedColumn("safety_alert", "id", "outcome_note");
    }

    @Bean
    EncryptedColumn safetyAlertSignalExcerpt() {
        return new EncryptedColumn("safety_alert_signal", "id", "excerpt");
    }

    @Bean
    EncryptedColumn safetyAlertSignalReasons() {
        return new EncryptedColumn("safety_alert_signal", "id", "reasons");
    }
}
