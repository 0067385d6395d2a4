package app.tandem.safety.plan;

import app.tandem.safety.SafetyPlanSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a safety plan says: for each section, the items in the writer's own words, in their order. */
public record PlanContent(Map<SafetyPlanSection, List<String>> sections) {

    public static final PlanContent EMPTY = new PlanContent(Map.of());

    public PlanContent {
        EnumMap<SafetyPlanSection, List<String>> copy = new EnumMap<>(SafetyPlanSection.class);
        sections.forEach((section, items) -> {
            List<String> clean =
                    items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!clean.isEmpty()) {
                copy.put(section, clean);
            }
        });
        sections = Map.copyOf(copy);
    }

    /** Reads one item per line, as typed into the plan's text boxes. */
    public static PlanContent fromLines(Map<SafetyPlanSection, String> lines) {
        Map<SafetyPlanSection, List<String>> sections = new EnumMap<>(SafetyPlanSection.class);
        lines.forEach((section, text) -> sections.put(section, text == null ? List.of() : List.of(text.split("\\R"))));
        return new PlanContent(sections);
    }

    public List<String> items(SafetyPlanSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The items one per line, for the edit form. */
    public String lines(SafetyPlanSection section) {
        return String.join("\n", items(section));
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** The sections whose items differ from {@code before}, in plan order. */
    public List<SafetyPlanSection> changedSince(PlanContent before) {
        List<SafetyPlanSection> changed = new ArrayList<>();
        for (SafetyPlanSection section : SafetyPlanSection.values()) {
            if (!items(section).equals(before.items(section))) {
                changed.add(section);
            }
        }
        return changed;
    }

    /** Per section, the items that are new or reworded since {@code before}: words not yet screened. */
    public Map<SafetyPlanSection, List<String>> addedSince(PlanContent before) {
        Map<SafetyPlanSection, List<String>> added = new EnumMap<>(SafetyPlanSection.class);
        for (SafetyPlanSection section : SafetyPlanSection.values()) {
            Set<String> old = new LinkedHashSet<>(before.items(section));
            List<String> fresh =
                    items(section).stream().filter(item -> !old.contains(item)).toList();
            if (!fresh.isEmpty()) {
                added.put(section, fresh);
            }
        }
        return added;
    }
}
