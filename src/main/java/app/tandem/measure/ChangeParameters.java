package app.tandem.measure;

/**
 * Inputs for change over time (on {@code scale}): the published individual-change threshold, the reliability,
 * a baseline SD only where a primary source gives one (null otherwise: the threshold then decides), the caseness
 * cut-off for clinical significance, and response/remission where defined.
 */
public record ChangeParameters(
        ScoreScale scale,
        CitedValue sd,
        CitedValue reliability,
        CitedValue commonReliableChange,
        Cutoff caseness,
        Integer responseReductionPercent,
        Cutoff remission) {

    /** The same parameters with the practice's own baseline SD, so that Jacobson-Truax decides. */
    public ChangeParameters withBaselineSd(CitedValue baselineSd) {
        return new ChangeParameters(
                scale, baselineSd, reliability, commonReliableChange, caseness, responseReductionPercent, remission);
    }
}
