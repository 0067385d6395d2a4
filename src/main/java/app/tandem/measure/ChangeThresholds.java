package app.tandem.measure;

import java.util.Locale;

/**
 * The thresholds used for a change assessment and where they come from, so the UI can show them.
 * {@code reliableChangePoints} = 1.96 x S_diff is the Jacobson-Truax threshold that decides reliability;
 * {@code commonReliableChange} is the commonly used figure, shown for comparison only.
 */
public record ChangeThresholds(
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

    /** The rule that decides reliable change. */
    public static final String DECIDING_RULE =
            "Jacobson-Truax: |RCI| > 1.96 with SD and reliability stored in the instrument definition";

    /** E.g. "Reliable change needs more than 5.2 points (SD 5.7, reliability 0.89; Kroenke 2001 ...)". */
    public String summary() {
        String unit = scale == ScoreScale.SCALED ? "percentage points" : "points";
        return String.format(
                        Locale.ROOT,
                        "Reliable change needs more than %.1f %s (SD %s, reliability %s; %s)",
                        reliableChangePoints,
                        unit,
                        number(sd.value()),
                        number(reliability.value()),
                        reliability.source())
                + (sd.check() || reliability.check() ? " [values to be checked]" : "")
                + String.format(
                        Locale.ROOT, "; commonly used threshold %s %s", number(commonReliableChange.value()), unit);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
