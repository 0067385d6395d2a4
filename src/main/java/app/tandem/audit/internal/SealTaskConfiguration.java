package app.tandem.audit.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seals the audit rows requests wrote, every {@code tandem.audit.seal-interval} (1 second). db-scheduler
 * runs it on one node at a time; the head lock keeps it correct even if two rounds overlap.
 * {@code tandem.audit.sealer-enabled=false} switches it off (the tests seal with {@link AuditSealer#sealNow()}).
 */
@Configuration(proxyBeanMethods = false)
class SealTaskConfiguration {

    @Bean
    @ConditionalOnProperty(name = "tandem.audit.sealer-enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> auditSeal(AuditSealer sealer, @Value("${tandem.audit.seal-interval:1s}") Duration interval) {
        return Tasks.recurring("audit-seal", FixedDelay.of(interval)).execute((instance, context) -> sealer.sealNow());
    }
}
