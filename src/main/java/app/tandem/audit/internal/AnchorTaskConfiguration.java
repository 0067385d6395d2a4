package app.tandem.audit.internal;

import app.tandem.audit.AuditVerification;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anchors every chain's head outside the database every {@code tandem.audit.anchor-interval} (10 minutes). */
@Configuration(proxyBeanMethods = false)
class AnchorTaskConfiguration {

    @Bean
    RecurringTask<Void> auditAnchor(
            AuditVerification verification, @Value("${tandem.audit.anchor-interval:10m}") Duration interval) {
        return Tasks.recurring("audit-anchor", FixedDelay.of(interval))
                .execute((instance, context) -> verification.anchorAll());
    }
}
