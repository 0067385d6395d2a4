package app.tandem.coping.web;

import app.tandem.coping.TechniqueUse;
import app.tandem.practice.CrisisResource;
import app.tandem.safety.SafetyOutcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A technique use as the API answers it. {@code safety} when something typed raised a risk signal, or when distress
 * was 9 or more and not lower after ({@code crisisSupport}): then the crisis lines and the safety plan are offered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TechniqueUseResponse(
        UUID id,
        String techniqueId,
        String techniqueVersion,
        String variant,
        String context,
        int before,
        int after,
        int change,
        int durationSeconds,
        boolean completed,
        boolean assigned,
        boolean shared,
        Map<String, String> answers,
        Instant usedAt,
        Safety safety) {

    record Safety(String level, boolean crisisSupport, String safetyPlan, List<Resource> crisisResources) {}

    record Resource(String label, String description, String call, String text) {}

    static TechniqueUseResponse of(TechniqueUse u, SafetyOutcome outcome, List<CrisisResource> resources) {
        boolean signal = outcome != null && outcome.showCrisisCard();
        Safety safety = signal || u.offersCrisisSupport()
                ? new Safety(
                        outcome == null ? "NONE" : outcome.level().name(),
                        u.offersCrisisSupport(),
                        "/client/safety-plan",
                        resources.stream()
                                .map(r -> new Resource(r.label(), r.description(), r.callHref(), r.textHref()))
                                .toList())
                : null;
        return new TechniqueUseResponse(
                u.id(),
                u.techniqueId(),
                u.techniqueVersion(),
                u.variant(),
                u.context() == null ? null : u.context().code(),
                u.before(),
                u.after(),
                u.change(),
                u.durationSeconds(),
                u.completed(),
                u.assigned(),
                u.shared(),
                u.answers(),
                u.usedAt(),
                safety);
    }
}
