package app.tandem.coping;

import java.util.List;
import java.util.Optional;

/**
 * One coping technique as its definition file (or a practice's own, reviewed by an admin) describes it.
 *
 * @param id stable id, e.g. {@code paced-breathing}; stored with every use
 * @param version the definition's version, stored with every use
 * @param helpsWith when it helps: {@code arousal}, {@code mood}, {@code urges}, {@code rumination}
 * @param minutes about how long it takes
 * @param pacer the breathing patterns and lengths, only for {@link GuideKind#PACER}
 * @param steps numbered steps; the page without JavaScript shows exactly these
 * @param practiceDefined true for a technique written by the practice rather than shipped with Tandem
 */
public record Technique(
        String id,
        String version,
        String title,
        String purpose,
        List<String> helpsWith,
        int minutes,
        GuideKind guide,
        Pacer pacer,
        List<Step> steps,
        List<String> cautions,
        String about,
        List<String> sources,
        String attribution,
        boolean practiceDefined) {

    public Technique {
        helpsWith = List.copyOf(helpsWith);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }

    /** The fields the client may fill in, in step order. */
    public List<Field> fields() {
        return steps.stream().map(Step::field).filter(f -> f != null).toList();
    }

    public Optional<Field> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Seconds the timed steps take together; zero when the steps are not timed. */
    public int stepSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    /** One step; {@code seconds} zero when it is not timed; {@code field} null when nothing is typed. */
    public record Step(String text, int seconds, Field field) {}

    /** Something the client may type or rate in a step; answers are optional. */
    public record Field(String key, FieldKind kind, String label, Integer min, Integer max) {

        public boolean isText() {
            return kind == FieldKind.TEXT;
        }
    }

    public enum FieldKind {
        TEXT,
        SCALE
    }

    /** The breathing patterns the client chooses from and the lengths (minutes) offered. */
    public record Pacer(List<Integer> lengths, List<Pattern> patterns) {

        public Pacer {
            lengths = List.copyOf(lengths);
            patterns = List.copyOf(patterns);
        }

        public Optional<Pattern> pattern(String id) {
            return patterns.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }

    /** A breathing pattern: phases repeated for the chosen length. */
    public record Pattern(String id, String label, List<Phase> phases) {

        public Pattern {
            phases = List.copyOf(phases);
        }

        public double cycleSeconds() {
            return phases.stream().mapToDouble(Phase::seconds).sum();
        }

        /** Whole cycles that fit in {@code minutes}, at least one. */
        public int cyclesIn(int minutes) {
            return Math.max(1, (int) Math.round(minutes * 60 / cycleSeconds()));
        }
    }

    /** One phase of a breath: {@code in}, {@code top-up} (a short second breath in), {@code hold} or {@code out}. */
    public record Phase(String phase, double seconds) {

        /** Whole seconds to count, at least one. */
        public int count() {
            return Math.max(1, (int) Math.round(seconds));
        }
    }
}
