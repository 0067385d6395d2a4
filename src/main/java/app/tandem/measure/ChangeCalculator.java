package app.tandem.measure;

/**
 * Change-over-time statistics (reliable change, clinical significance, reliable recovery, response, remission)
 * from an instrument's stored change parameters. Reliable change is decided by the Jacobson-Truax index only
 * where a sourced baseline SD exists (in the definition or configured by the practice); otherwise by the
 * published individual-change threshold (e.g. 6 points on the PHQ-9, NHS Talking Therapies), as the clinical
 * reference asks: no primary source gives a baseline SD for those thresholds. Inputs are raw totals as stored in
 * {@link Score#total()}; WHO-5 is converted to its percentage scale, on which its thresholds are defined.
 */
public final class ChangeCalculator {

    /** Critical value of the standard normal distribution for a two-sided 5% test. */
    public static final double Z = 1.96;

    /**
     * @param baselineRaw first score of the episode (raw total)
     * @param previousRaw the score before the current one, or null
     * @param currentRaw  the latest score (raw total)
     * @throws ChangeNotDefinedException when the instrument defines no change statistics (ASRS)
     * @throws InvalidScoreException     when a total is outside the instrument's range
     */
    public ChangeAssessment assess(Instrument instrument, int baselineRaw, Integer previousRaw, int currentRaw) {
        ChangeParameters params = instrument.change();
        if (params == null) {
            throw ChangeNotDefinedException.forInstrument(instrument.code());
        }
        checkRange(instrument, "baseline", baselineRaw);
        checkRange(instrument, "current", currentRaw);
        if (previousRaw != null) {
            checkRange(instrument, "previous", previousRaw);
        }
        ChangeThresholds thresholds = thresholds(params);
        int baseline = onScale(instrument, params, baselineRaw);
        int current = onScale(instrument, params, currentRaw);
        Integer previous = previousRaw == null ? null : onScale(instrument, params, previousRaw);

        ReliableChange fromBaseline = reliableChange(instrument, thresholds, baseline, current);
        ReliableChange fromPrevious =
                previous == null ? null : reliableChange(instrument, thresholds, previous, current);
        boolean baselineCase = params.caseness().metBy(baseline);
        boolean currentCase = params.caseness().metBy(current);
        // The caseness cut-off always sits on the unwell side, so leaving caseness is crossing it while improving.
        boolean clinicallySignificant = baselineCase && !currentCase;
        boolean recovery = clinicallySignificant && fromBaseline.direction() == ChangeDirection.IMPROVED;
        return new ChangeAssessment(
                instrument.code(),
                params.scale(),
                baseline,
                previous,
                current,
                fromBaseline,
                fromPrevious,
                baselineCase,
                currentCase,
                clinicallySignificant,
                recovery,
                response(params, baseline, current),
                remission(params, current),
                thresholds);
    }

    /** The thresholds an instrument's change assessment uses, e.g. to explain them before any score exists. */
    public ChangeThresholds thresholds(Instrument instrument) {
        if (instrument.change() == null) {
            throw ChangeNotDefinedException.forInstrument(instrument.code());
        }
        return thresholds(instrument.change());
    }

    private static ChangeThresholds thresholds(ChangeParameters p) {
        if (p.sd() == null) {
            return new ChangeThresholds(
                    ChangeThresholds.Rule.PUBLISHED_THRESHOLD,
                    p.scale(),
                    null,
                    p.reliability(),
                    Double.NaN,
                    Double.NaN,
                    p.commonReliableChange().value(),
                    p.commonReliableChange(),
                    p.caseness(),
                    p.responseReductionPercent(),
                    p.remission());
        }
        double se = p.sd().value() * Math.sqrt(1 - p.reliability().value());
        double sDiff = Math.sqrt(2) * se;
        return new ChangeThresholds(
                ChangeThresholds.Rule.JACOBSON_TRUAX,
                p.scale(),
                p.sd(),
                p.reliability(),
                se,
                sDiff,
                Z * sDiff,
                p.commonReliableChange(),
                p.caseness(),
                p.responseReductionPercent(),
                p.remission());
    }

    private static ReliableChange reliableChange(Instrument instrument, ChangeThresholds t, int pre, int post) {
        int difference = post - pre;
        boolean published = t.rule() == ChangeThresholds.Rule.PUBLISHED_THRESHOLD;
        double rci = published ? Double.NaN : difference / t.standardErrorOfDifference();
        boolean reliable = published ? Math.abs(difference) >= t.reliableChangePoints() : Math.abs(rci) > Z;
        ChangeDirection direction = !reliable
                ? ChangeDirection.NO_RELIABLE_CHANGE
                : Integer.signum(difference) == instrument.direction().improvementSign()
                        ? ChangeDirection.IMPROVED
                        : ChangeDirection.DETERIORATED;
        boolean common = Math.abs(difference) >= t.commonReliableChange().value();
        return new ReliableChange(difference, rci, reliable, direction, common);
    }

    private static Boolean response(ChangeParameters p, int baseline, int current) {
        if (p.responseReductionPercent() == null) {
            return null;
        }
        // Integer arithmetic so that exactly 50% counts as a response.
        return baseline > 0 && (long) (baseline - current) * 100 >= (long) p.responseReductionPercent() * baseline;
    }

    private static Boolean remission(ChangeParameters p, int current) {
        return p.remission() == null ? null : p.remission().metBy(current);
    }

    private static int onScale(Instrument instrument, ChangeParameters p, int raw) {
        return p.scale() == ScoreScale.SCALED ? instrument.scaled(raw) : raw;
    }

    private static void checkRange(Instrument instrument, String which, int raw) {
        if (!instrument.totalRange().contains(raw)) {
            throw InvalidScoreException.outOfRange(instrument.code(), which, raw, instrument.totalRange());
        }
    }
}
