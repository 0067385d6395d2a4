package app.tandem.measure;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring one response.
 *
 * <p>An incomplete response ({@code complete == false}) is a draft: {@code total}, {@code percentage},
 * {@code band}, {@code count} and {@code screenPositive} are all null and nothing is pro-rated; critical-item
 * findings are still reported for the items that were answered. For a complete response:
 * {@code total} is the raw sum (null for count-scored ASRS), {@code percentage} the WHO-5 scaled score (raw x 4,
 * null for other instruments), {@code band} null only for instruments without bands, {@code count} set only for
 * ASRS, and {@code screenPositive} tells whether the instrument's caseness cut-off is met.
 */
public record Score(
        String instrumentCode,
        String instrumentVersion,
        boolean complete,
        List<Integer> missingItems,
        Integer total,
        Integer percentage,
        Band band,
        Integer count,
        Boolean screenPositive,
        List<CriticalFinding> criticalFindings,
        Map<String, Integer> unscoredAnswers) {

    public Score {
        missingItems = List.copyOf(missingItems);
        criticalFindings = List.copyOf(criticalFindings);
        unscoredAnswers = Map.copyOf(unscoredAnswers);
    }

    /** True when any critical item was answered at a risk level; route it like any other risk signal. */
    public boolean hasSafetySignal() {
        return !criticalFindings.isEmpty();
    }
}
