package app.tandem.coping.stats;

import java.util.Map;

/**
 * What the practice's data say before looking at one client: the mean change per technique (the overall mean where
 * a technique has too few uses), how much one client's uses vary ({@code withinVariance}, σ²) and how much clients
 * differ from each other ({@code betweenVariance}, τ²).
 */
public record PracticePrior(
        double overallMean, Map<String, Double> techniqueMeans, double withinVariance, double betweenVariance) {

    public PracticePrior {
        techniqueMeans = Map.copyOf(techniqueMeans);
    }

    /** The mean a technique's result is pulled toward. */
    public double meanFor(String techniqueId) {
        return techniqueMeans.getOrDefault(techniqueId, overallMean);
    }
}
