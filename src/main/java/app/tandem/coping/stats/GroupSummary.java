package app.tandem.coping.stats;

/**
 * The changes of one client with one technique, summed (what the practice-wide query returns per group).
 *
 * @param sum the sum of the changes
 * @param sumOfSquares the sum of the squared changes
 */
public record GroupSummary(String techniqueId, int uses, double sum, double sumOfSquares) {

    public double mean() {
        return sum / uses;
    }

    /** Sum of squared deviations from the group's own mean. */
    double squaredDeviations() {
        return Math.max(0, sumOfSquares - sum * sum / uses);
    }
}
