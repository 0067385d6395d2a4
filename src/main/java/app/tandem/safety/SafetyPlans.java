package app.tandem.safety;

import app.tandem.safety.plan.PlanContent;
import app.tandem.safety.plan.SafetyPlanService;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Clients' safety plans, for other modules. The plan pages live in this module; a client opening
 * their plan publishes {@link SafetyPlanOpened} when they allow it.
 */
@Service
public class SafetyPlans {

    private final SafetyPlanService plans;

    SafetyPlans(SafetyPlanService plans) {
        this.plans = plans;
    }

    /**
     * Records a version of a client's plan as if saved at {@code at} by {@code author}; for demo
     * history only: not screened, as it is not something a client just wrote.
     */
    public void recordHistorical(
            PracticeId practice,
            UserId client,
            UserId author,
            Role authorRole,
            Map<SafetyPlanSection, List<String>> sections,
            Instant at) {
        plans.recordHistorical(practice, client, author, authorRole, new PlanContent(sections), at);
    }
}
