package app.tandem.safety.plan;

import app.tandem.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safety plan's encrypted column, for key rotation. */
@Configuration(proxyBeanMethods = false)
class SafetyPlanColumns {

    @Bean
    EncryptedColumn safetyPlanContentColumn() {
        return new EncryptedColumn("safety_plan_version", "id", "content");
    }
}
