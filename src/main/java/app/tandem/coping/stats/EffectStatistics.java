package app.tandem.coping.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What has helped a client: per technique the number of uses, the mean change with a 95 % interval (t distribution)
 * from {@value #MIN_USES} uses on, and an empirical-Bayes estimate that shrinks small samples toward the practice-wide
 * mean: {@code shrunk = (n/σ² · mean + μ/τ²) / (n/σ² + 1/τ²)}. Techniques with fewer than {@value #MIN_USES} uses are
 * never ranked above "not enough yet". Plain arithmetic; observations, not advice.
 */
public final class EffectStatistics {

    public static final int MIN_USES = 3;
    /** A technique's own practice-wide mean is used as its prior from this many uses; the overall mean before. */
    static final int MIN_TECHNIQUE_USES = 10;
    /** Floors and defaults (points²): with little data, assume ratings vary by about 2 points within a client. */
    static final double WITHIN_FLOOR = 1.0;

    static final double WITHIN_DEFAULT = 4.0;
    static final double BETWEEN_FLOOR = 0.25;
    static final double BETWEEN_DEFAULT = 1.0;
    /** Groups needed to estimate how much clients differ. */
    static final int MIN_GROUPS = 3;

    private static final double[] T_975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private EffectStatistics() {}

    /** Estimates the practice's prior from every client-technique group of the practice. */
    public static PracticePrior prior(List<GroupSummary> groups) {
        int total = groups.stream().mapToInt(GroupSummary::uses).sum();
        double overall =
                total == 0 ? 0 : groups.stream().mapToDouble(GroupSummary::sum).sum() / total;
        Map<String, double[]> byTechnique = new HashMap<>();
        for (GroupSummary g : groups) {
            double[] acc = byTechnique.computeIfAbsent(g.techniqueId(), k -> new double[2]);
            acc[0] += g.sum();
            acc[1] += g.uses();
        }
        Map<String, Double> means = new HashMap<>();
        byTechnique.forEach((id, acc) -> {
            if (acc[1] >= MIN_TECHNIQUE_USES) {
                means.put(id, acc[0] / acc[1]);
            }
        });
        double within = withinVariance(groups);
        double between = betweenVariance(groups, id -> means.getOrDefault(id, overall), within);
        return new PracticePrior(overall, means, within, between);
    }

    /** Pooled variance of a client's changes around their own mean, floored. */
    private static double withinVariance(List<GroupSummary> groups) {
        double squares = 0;
        int freedom = 0;
        for (GroupSummary g : groups) {
            if (g.uses() >= 2) {
                squares += g.squaredDeviations();
                freedom += g.uses() - 1;
            }
        }
        return freedom == 0 ? WITHIN_DEFAULT : Math.max(WITHIN_FLOOR, squares / freedom);
    }

    /** Variance of group means around their prior mean, less the part sampling noise explains (method of moments). */
    private static double betweenVariance(
            List<GroupSummary> groups, java.util.function.ToDoubleFunction<String> mean, double within) {
        if (groups.size() < MIN_GROUPS) {
            return BETWEEN_DEFAULT;
        }
        double spread = 0;
        double noise = 0;
        for (GroupSummary g : groups) {
            double d = g.mean() - mean.applyAsDouble(g.techniqueId());
            spread += d * d;
            noise += within / g.uses();
        }
        return Math.max(BETWEEN_FLOOR, (spread - noise) / groups.size());
    }

    /**
     * One client's techniques, ranked: those with at least {@value #MIN_USES} uses by their shrunk mean change (best
     * first), then the rest ("not enough yet") by number of uses.
     */
    public static List<TechniqueEffect> rank(List<UseChange> uses, PracticePrior prior) {
        Map<String, List<Integer>> byTechnique = new LinkedHashMap<>();
        for (UseChange use : uses) {
            byTechnique
                    .computeIfAbsent(use.techniqueId(), k -> new ArrayList<>())
                    .add(use.change());
        }
        List<TechniqueEffect> effects = new ArrayList<>();
        byTechnique.forEach((id, changes) -> effects.add(effect(id, changes, prior)));
        effects.sort(Comparator.comparing((TechniqueEffect e) -> !e.enough())
                .thenComparing(e -> e.enough() ? -e.shrunk() : -e.uses())
                .thenComparing(TechniqueEffect::techniqueId));
        return List.copyOf(effects);
    }

    static TechniqueEffect effect(String techniqueId, List<Integer> changes, PracticePrior prior) {
        int n = changes.size();
        double mean = changes.stream().mapToInt(Integer::intValue).average().orElse(0);
        Double lower = null;
        Double upper = null;
        if (n >= MIN_USES) {
            double squares =
                    changes.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum();
            double halfWidth = tQuantile(n - 1) * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
            lower = mean - halfWidth;
            upper = mean + halfWidth;
        }
        double mu = prior.meanFor(techniqueId);
        double own = n / prior.withinVariance();
        double pull = 1 / prior.betweenVariance();
        double weight = own / (own + pull);
        double shrunk = weight * mean + (1 - weight) * mu;
        return new TechniqueEffect(techniqueId, n, mean, lower, upper, shrunk, mu, weight);
    }

    /** The 97.5th percentile of Student's t with {@code freedom} degrees of freedom. */
    static double tQuantile(int freedom) {
        if (freedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
        if (freedom <= T_975.length) {
            return T_975[freedom - 1];
        }
        return freedom <= 60 ? 2.000 : freedom <= 120 ? 1.980 : 1.960;
    }
}
