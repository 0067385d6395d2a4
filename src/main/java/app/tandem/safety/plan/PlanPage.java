package app.tandem.safety.plan;

import app.tandem.identity.Person;
import app.tandem.safety.SafetyPlanSection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client's safety plan as a page shows it: the current version, its history, and the client's
 * sharing choice.
 */
public record PlanPage(
        Person client,
        Optional<PlanVersion> current,
        List<HistoryLine> history,
        boolean sharesOpening,
        String therapistName) {

    /** One line of the version history: who changed which sections when. */
    public record HistoryLine(
            int version,
            String authorName,
            String authorRole,
            Instant savedAt,
            List<SafetyPlanSection> changedSections) {}

    public int version() {
        return current.map(PlanVersion::version).orElse(0);
    }

    public PlanContent content() {
        return current.map(PlanVersion::content).orElse(PlanContent.EMPTY);
    }

    public boolean isEmpty() {
        return content().isEmpty();
    }

    /** Each section with its items, in plan order, for the templates. */
    public List<SectionItems> sections() {
        return SectionItems.of(content());
    }
}
