package app.tandem.measure;

import java.util.Locale;

/**
 * The thresholds used for a change assessment and where they come from, so the UI can show them.
 *
 * <p>{@link Rule#JACOBSON_TRUAX}: {@code reliableChangePoints} = 1.96 x S_diff from a sourced SD and reliability
 * decides, and {@code commonReliableChange} is shown for comparison. {@link Rule#PUBLISHED_THRESHOLD}: no sourced
 * SD exists, so the published individual-change threshold ({@code commonReliableChange}) decides, reached at
 * {@code reliableChangePoints} or more; {@code sd} is null and the standard errors are NaN.
 */
public record ChangeThresholds(
        Rule rule,
        ScoreScale scale,
        CitedValue sd,
        CitedValue reliability,
        double standardError,
        double standardErrorOfDifference,
        double reliableChangePoints,
        CitedValue commonReliableChange,
        Cutoff caseness,
        Integer responseReductionPercent,
        Cutoff remission) {

    /** What decides whether a change is reliable. */
    public enum Rule {
        /** |RCI| > 1.96 with a sourced baseline SD and reliability. */
        JACOBSON_TRUAX,
        /** A change at least as large as the published individual-change threshold. */
        PUBLISHED_THRESHOLD
    }

    /** E.g. "Reliable change: a change of at least 6 points (NHS Talking Therapies ...)". */
    public String summary() {
        String unit = scale == ScoreScale.SCALED ? "percentage points" : "points";
        if (rule == Rule.PUBLISHED_THRESHOLD) {
            return String.format(
                    Locale.ROOT,
                    "Reliable change: a change of at least %s %s (%s)",
                    number(reliableChangePoints),
                    unit,
                    commonReliableChange.source());
        }
        return String.format(
                        Locale.ROOT,
                        "Reliable change needs more than %.1f %s (Jacobson-Truax; SD %s, %s; reliability %s, %s)",
                        reliableChangePoints,
                        unit,
                        number(sd.value()),
                        sd.source(),
                        number(reliability.value()),
                        reliability.source())
                + String.format(Locale.ROOT, "; published threshold %s %s", number(commonReliableChange.value()), unit);
    }

    /** Whether a reliable change index exists (only with a sourced SD). */
    public boolean hasIndex() {
        return rule == Rule.JACOBSON_TRUAX;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
