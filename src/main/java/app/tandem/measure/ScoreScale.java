package app.tandem.measure;

/** The number a cut-off or change statistic refers to: raw total, scaled score (WHO-5 percentage) or ASRS count. */
public enum ScoreScale {
    RAW,
    SCALED,
    COUNT
}
