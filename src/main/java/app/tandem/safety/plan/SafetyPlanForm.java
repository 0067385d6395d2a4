package app.tandem.safety.plan;

import app.tandem.safety.SafetyPlanSection;
import app.tandem.shared.ClientFreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** The plan's sections as text boxes, one item per line, plus the version the editor opened. */
record SafetyPlanForm(
        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String warningSigns,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String copingAlone,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String distractions,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String peopleToAsk,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String professionals,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String saferSurroundings,

        @ClientFreeText @Size(max = 4000, message = "{plan.section.size}") String worthLivingFor,

        @NotNull Integer openedVersion,
        @NotNull UUID submitToken) {

    /** The form field of each section, in plan order (also the ids of the text boxes). */
    static final Map<SafetyPlanSection, String> FIELDS = fields();

    static SafetyPlanForm of(PlanPage page) {
        PlanContent c = page.content();
        return new SafetyPlanForm(
                c.lines(SafetyPlanSection.WARNING_SIGNS),
                c.lines(SafetyPlanSection.COPING_ALONE),
                c.lines(SafetyPlanSection.DISTRACTIONS),
                c.lines(SafetyPlanSection.PEOPLE_TO_ASK),
                c.lines(SafetyPlanSection.PROFESSIONALS),
                c.lines(SafetyPlanSection.SAFER_SURROUNDINGS),
                c.lines(SafetyPlanSection.WORTH_LIVING_FOR),
                page.version(),
                UUID.randomUUID());
    }

    PlanContent content() {
        Map<SafetyPlanSection, String> lines = new EnumMap<>(SafetyPlanSection.class);
        lines.put(SafetyPlanSection.WARNING_SIGNS, warningSigns);
        lines.put(SafetyPlanSection.COPING_ALONE, copingAlone);
        lines.put(SafetyPlanSection.DISTRACTIONS, distractions);
        lines.put(SafetyPlanSection.PEOPLE_TO_ASK, peopleToAsk);
        lines.put(SafetyPlanSection.PROFESSIONALS, professionals);
        lines.put(SafetyPlanSection.SAFER_SURROUNDINGS, saferSurroundings);
        lines.put(SafetyPlanSection.WORTH_LIVING_FOR, worthLivingFor);
        return PlanContent.fromLines(lines);
    }

    private static Map<SafetyPlanSection, String> fields() {
        Map<SafetyPlanSection, String> fields = new EnumMap<>(SafetyPlanSection.class);
        fields.put(SafetyPlanSection.WARNING_SIGNS, "warningSigns");
        fields.put(SafetyPlanSection.COPING_ALONE, "copingAlone");
        fields.put(SafetyPlanSection.DISTRACTIONS, "distractions");
        fields.put(SafetyPlanSection.PEOPLE_TO_ASK, "peopleToAsk");
        fields.put(SafetyPlanSection.PROFESSIONALS, "professionals");
        fields.put(SafetyPlanSection.SAFER_SURROUNDINGS, "saferSurroundings");
        fields.put(SafetyPlanSection.WORTH_LIVING_FOR, "worthLivingFor");
        return Collections.unmodifiableMap(fields);
    }
}
