package app.tandem.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable recurring tasks that drain the email and push outboxes. db-scheduler runs it on one node at a
 * time; the dispatcher's claims keep it exactly-once per email even if two rounds overlap.
 * {@code tandem.notification.dispatcher-enabled=false} switches it off (e.g. on a node that must not send).
 */
@Configuration(proxyBeanMethods = false)
class DispatchTaskConfiguration {

    @Bean
    @ConditionalOnProperty(name = "tandem.notification.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> notificationEmailDispatch(
            EmailDispatcher dispatcher, NotificationProperties properties, Clock clock) {
        return Tasks.recurring("notification-email-dispatch", FixedDelay.of(properties.dispatchInterval()))
                .execute((instance, context) -> dispatcher.dispatchDue(clock.instant()));
    }

    /** The same for the push outbox; {@code tandem.push.dispatcher-enabled=false} switches it off. */
    @Bean
    @ConditionalOnProperty(name = "tandem.push.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> notificationPushDispatch(
            PushDispatcher dispatcher, NotificationProperties properties, Clock clock) {
        return Tasks.recurring("notification-push-dispatch", FixedDelay.of(properties.dispatchInterval()))
                .execute((instance, context) -> dispatcher.dispatchDue(clock.instant()));
    }
}
