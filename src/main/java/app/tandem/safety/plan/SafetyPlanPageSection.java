package app.tandem.safety.plan;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the therapist's page for a client: whether there is a safety plan, when it last changed and by whom. */
@Component("safetyPlanPageSection")
class SafetyPlanPageSection implements PageSection {

    private final SafetyPlanService plans;

    SafetyPlanPageSection(SafetyPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        PlanPage page = plans.read(viewer, subject);
        return Optional.of(new SectionView(
                "safety/plan-section", Map.of("page", page, "clientId", subject.value(), "zone", viewer.zone())));
    }
}
