package app.tandem.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One rule match in a screened text and how its context weighed it: the explanation a clinician reads.
 *
 * @param rule rule id, e.g. {@code passive.wish-to-be-dead}
 * @param category clinical category, e.g. {@code passive-ideation}
 * @param level level after context; NONE when a cue discounted the match
 * @param matched the matched words as the client wrote them
 * @param cues context weighed, e.g. {@code negated: "not"}, {@code imminent: "tonight"}
 * @param sentence the sentence (or sentences, for a combination) as the client wrote it
 * @param start offset of the matched words in the screened text
 * @param end offset after the matched words
 * @param sentenceStart offset of the sentence in the screened text
 * @param sentenceEnd offset after the sentence
 */
public record Finding(
        String rule,
        String category,
        RiskLevel level,
        String matched,
        List<String> cues,
        String sentence,
        int start,
        int end,
        int sentenceStart,
        int sentenceEnd) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(sentence, "sentence");
        cues = List.copyOf(cues);
    }

    /** True when context discounted this match to NONE. */
    public boolean discounted() {
        return level == RiskLevel.NONE;
    }

    /** This finding discounted to NONE, with {@code cue} added to say why. */
    public Finding discountedBy(String cue) {
        List<String> more = new ArrayList<>(cues);
        more.add(cue);
        return new Finding(
                rule, category, RiskLevel.NONE, matched, more, sentence, start, end, sentenceStart, sentenceEnd);
    }
}
