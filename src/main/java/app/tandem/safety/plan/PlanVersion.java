package app.tandem.safety.plan;

import app.tandem.safety.SafetyPlanSection;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One saved version of a client's safety plan: who saved it, when, and which sections changed. */
public record PlanVersion(
        UUID id,
        int version,
        UserId authorId,
        String authorRole,
        Instant savedAt,
        List<SafetyPlanSection> changedSections,
        PlanContent content) {

    public PlanVersion {
        changedSections = List.copyOf(changedSections);
    }

    public boolean byClient() {
        return "CLIENT".equals(authorRole);
    }
}
