package app.tandem.measure;

/**
 * Change between a baseline, an optional previous and a current score, on the instrument's change scale
 * (raw totals; WHO-5 percentage). {@code fromPrevious} is null without a previous score; {@code response} and
 * {@code remission} are null where the instrument does not define them.
 */
public record ChangeAssessment(
        String instrumentCode,
        ScoreScale scale,
        int baseline,
        Integer previous,
        int current,
        ReliableChange fromBaseline,
        ReliableChange fromPrevious,
        boolean baselineCaseness,
        boolean currentCaseness,
        boolean clinicallySignificantChange,
        boolean reliableRecovery,
        Boolean response,
        Boolean remission,
        ChangeThresholds thresholds) {

    public int changeFromBaseline() {
        return fromBaseline.difference();
    }

    public Integer changeFromPrevious() {
        return fromPrevious == null ? null : fromPrevious.difference();
    }
}
