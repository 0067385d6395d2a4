package app.tandem.screening;

/** Triage level of a screened text, in rising order of clinical urgency. */
public enum RiskLevel {
    NONE,
    LOW,
    MODERATE,
    HIGH;

    /** True when this level is the same as or more urgent than {@code other}. */
    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }

    /** The more urgent of two levels. */
    public static RiskLevel max(RiskLevel a, RiskLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The more urgent of this level and {@code other}. */
    public RiskLevel max(RiskLevel other) {
        return max(this, other);
    }
}
