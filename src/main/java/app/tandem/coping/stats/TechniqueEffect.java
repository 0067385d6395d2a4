package app.tandem.coping.stats;

/**
 * What one client's uses of one technique show.
 *
 * @param meanChange mean points lower after than before (negative: higher after)
 * @param lower lower end of the 95 % interval of the mean change; null below {@link EffectStatistics#MIN_USES}
 * @param upper upper end of that interval; null below {@link EffectStatistics#MIN_USES}
 * @param shrunk the mean change pulled toward {@code priorMean} by how little evidence there is; what ranks
 * @param priorMean the practice-wide mean it is pulled toward
 * @param weight how much of {@code shrunk} is this client's own mean (0-1)
 */
public record TechniqueEffect(
        String techniqueId,
        int uses,
        double meanChange,
        Double lower,
        Double upper,
        double shrunk,
        double priorMean,
        double weight) {

    /** Enough uses to show an interval and to be ranked. */
    public boolean enough() {
        return uses >= EffectStatistics.MIN_USES;
    }
}
