package app.tandem.measure;

/** How answers become a score: plain sum, sum times a factor (WHO-5 percentage), or count of items in range. */
public enum ScoringMethod {
    SUM,
    SUM_TIMES,
    COUNT_IN_RANGE
}
