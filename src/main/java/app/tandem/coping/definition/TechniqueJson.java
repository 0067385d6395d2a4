package app.tandem.coping.definition;

import java.util.List;

/** A technique definition file exactly as written; validated by {@link TechniqueValidator} before it is used. */
record TechniqueJson(
        String id,
        String version,
        Integer order,
        String title,
        String purpose,
        List<String> helpsWith,
        Integer minutes,
        String guide,
        PacerJson pacer,
        List<StepJson> steps,
        List<String> cautions,
        String about,
        List<String> sources,
        String attribution) {

    record PacerJson(List<Integer> lengths, List<PatternJson> patterns) {}

    record PatternJson(String id, String label, List<PhaseJson> phases) {}

    record PhaseJson(String phase, Double seconds) {}

    record StepJson(String text, Integer seconds, FieldJson field) {}

    record FieldJson(String key, String kind, String label, Integer min, Integer max) {}
}
