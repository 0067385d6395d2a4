package app.tandem.measure;

/**
 * Inputs for change over time: SD and reliability for Jacobson-Truax (on {@code scale}), the commonly used
 * reliable-change threshold, the caseness cut-off for clinical significance, and response/remission where defined.
 */
public record ChangeParameters(
        ScoreScale scale,
        CitedValue sd,
        CitedValue reliability,
        CitedValue commonReliableChange,
        Cutoff caseness,
        Integer responseReductionPercent,
        Cutoff remission) {}
