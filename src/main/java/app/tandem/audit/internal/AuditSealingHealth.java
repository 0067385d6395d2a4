package app.tandem.audit.internal;

import app.tandem.audit.ChainStatus;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code auditSealing} in {@code /actuator/health}: how many audit rows wait to be sealed and how long the
 * oldest has waited. Rows older than {@link ChainStatus#SEALING_LATE} mean the sealer is not running; the
 * status stays UP (this node still serves requests correctly, and taking it out of a load balancer would not
 * seal anything) with {@code warning} in the details, which monitoring should alert on (ADR 0023).
 */
@Component("auditSealing")
class AuditSealingHealth implements HealthIndicator {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditSealingHealth(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Health health() {
        AuditEventRepository.Unsealed unsealed = events.unsealedSummary(null);
        Duration age = unsealed.oldest() == null ? Duration.ZERO : Duration.between(unsealed.oldest(), clock.instant());
        age = age.isNegative() ? Duration.ZERO : age;
        Health.Builder health = Health.up()
                .withDetail("unsealedRows", unsealed.rows())
                .withDetail("oldestUnsealedAgeSeconds", age.toSeconds());
        if (age.compareTo(ChainStatus.SEALING_LATE) > 0) {
            health.withDetail(
                    "warning",
                    "audit rows have waited over " + ChainStatus.SEALING_LATE.toSeconds()
                            + " s to be sealed: is the audit-seal task running?");
        }
        return health.build();
    }
}
