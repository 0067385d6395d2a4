package app.tandem.measure;

/** Which side of a threshold meets a cut-off. */
public enum Comparison {
    AT_LEAST,
    AT_MOST,
    BELOW;

    public boolean test(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case AT_MOST -> value <= threshold;
            case BELOW -> value < threshold;
        };
    }
}
