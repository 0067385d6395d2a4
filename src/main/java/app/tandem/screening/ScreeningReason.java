package app.tandem.screening;

import java.util.List;
import java.util.Objects;

/**
 * One rule match and how context weighed it.
 *
 * @param rule     rule id, e.g. {@code passive-ideation}
 * @param level    level after context; NONE when a cue discounted the match
 * @param matched  the matched words (normalised)
 * @param cues     context cues weighed, e.g. {@code negated}, {@code other-person}, {@code past}
 * @param sentence the normalised sentence that matched, so an alert can show only that sentence
 */
public record ScreeningReason(String rule, RiskLevel level, String matched, List<String> cues, String sentence) {

    public ScreeningReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(matched, "matched");
        cues = List.copyOf(cues);
        Objects.requireNonNull(sentence, "sentence");
    }

    /** True when context discounted this match to NONE. */
    public boolean discounted() {
        return level == RiskLevel.NONE;
    }
}
