package app.tandem.measure.need;

import java.util.Map;
import java.util.Optional;

/**
 * The expected recovery curve of a questionnaire score during treatment, for "off track" in the manner of Lambert's
 * outcome feedback: a client whose score is worse than the curve for their starting severity, by more than a
 * tolerance, is not on track. The curve falls exponentially from the baseline towards a floor,
 * {@code expected(w) = floor + (baseline - floor) * 2^(-w / halfLifeWeeks)}, so a more severe start is expected to
 * fall by more points in the same time. Defaults and their sources: doc/adr/0017-caseload-triage.md.
 */
public final class ExpectedRecovery {

    /** The default curves: PHQ-9 and GAD-7 (the instruments NHS Talking Therapies tracks session by session). */
    public static final Map<String, Curve> DEFAULTS = Map.of(
            "phq9", new Curve(5, 8, 4),
            "gad7", new Curve(4, 8, 3));

    private final Map<String, Curve> curves;

    public ExpectedRecovery(Map<String, Curve> curves) {
        this.curves = Map.copyOf(curves);
    }

    public static ExpectedRecovery withDefaults() {
        return new ExpectedRecovery(DEFAULTS);
    }

    /**
     * One instrument's curve.
     *
     * @param floor the score the curve levels off at (a typical end-of-treatment score)
     * @param halfLifeWeeks weeks in which half of the distance from baseline to floor is expected to be gone
     * @param tolerance points above the expected score still counted as on track
     */
    public record Curve(double floor, double halfLifeWeeks, double tolerance) {

        public Curve {
            if (halfLifeWeeks <= 0 || tolerance <= 0 || floor < 0) {
                throw new IllegalArgumentException("A recovery curve needs floor >= 0, half-life > 0, tolerance > 0");
            }
        }

        public double expectedScore(int baseline, double weeksSinceBaseline) {
            if (baseline <= floor) {
                return baseline;
            }
            double weeks = Math.max(0, weeksSinceBaseline);
            return floor + (baseline - floor) * Math.pow(2, -weeks / halfLifeWeeks);
        }
    }

    /** How a score compares with the curve. */
    public record Verdict(double expected, double tolerance, int score) {

        /** 0 on track, 1 worse than expected beyond the tolerance, 2 beyond twice the tolerance. */
        public int offTrackBy() {
            double excess = score - expected;
            return excess > 2 * tolerance ? 2 : excess > tolerance ? 1 : 0;
        }

        public boolean offTrack() {
            return offTrackBy() > 0;
        }
    }

    public Optional<Curve> curve(String instrumentCode) {
        return Optional.ofNullable(curves.get(instrumentCode));
    }

    /** The expected score, empty for an instrument without a curve. */
    public Optional<Double> expectedScore(String instrumentCode, int baseline, double weeksSinceBaseline) {
        return curve(instrumentCode).map(c -> c.expectedScore(baseline, weeksSinceBaseline));
    }

    /** The score judged against the curve, empty for an instrument without a curve. */
    public Optional<Verdict> judge(String instrumentCode, int baseline, double weeksSinceBaseline, int score) {
        return curve(instrumentCode)
                .map(c -> new Verdict(c.expectedScore(baseline, weeksSinceBaseline), c.tolerance(), score));
    }
}
