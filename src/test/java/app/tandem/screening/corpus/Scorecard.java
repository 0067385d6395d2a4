package app.tandem.screening.corpus;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Recall, false positives and a confusion matrix of the screener on a set of corpus entries. */
public final class Scorecard {

    /** An entry and the level the screener gave it. */
    public record Result(Corpus.Entry entry, RiskLevel screened) {

        public boolean missed() {
            return entry.isRisk() && !screened.isAtLeast(RiskLevel.LOW);
        }

        public boolean falseAlarm() {
            return !entry.isRisk() && screened.isAtLeast(RiskLevel.LOW);
        }
    }

    private final List<Result> results;

    private Scorecard(List<Result> results) {
        this.results = results;
    }

    public static Scorecard of(RiskScreener screener, List<Corpus.Entry> entries) {
        List<Result> results = new ArrayList<>(entries.size());
        entries.forEach(e -> results.add(new Result(e, screener.screen(e.text()).level())));
        return new Scorecard(results);
    }

    public Scorecard where(Predicate<Corpus.Entry> filter) {
        return new Scorecard(
                results.stream().filter(r -> filter.test(r.entry())).toList());
    }

    public List<Result> results() {
        return results;
    }

    public int size() {
        return results.size();
    }

    /** Share of texts labelled LOW or above that were screened LOW or above. */
    public double anyRiskRecall() {
        return ratio(r -> r.entry().isRisk(), r -> r.screened().isAtLeast(RiskLevel.LOW));
    }

    /** Share of texts labelled MODERATE or HIGH that were screened MODERATE or above. */
    public double moderateOrHighRecall() {
        return ratio(
                r -> r.entry().level().isAtLeast(RiskLevel.MODERATE),
                r -> r.screened().isAtLeast(RiskLevel.MODERATE));
    }

    /** Share of texts labelled HIGH that were screened HIGH. */
    public double highRecall() {
        return ratio(r -> r.entry().level() == RiskLevel.HIGH, r -> r.screened() == RiskLevel.HIGH);
    }

    /** Share of hard negatives (NONE texts that use risk words harmlessly) screened LOW or above. */
    public double hardNegativeFalsePositives() {
        return ratio(r -> r.entry().isHardNegative(), r -> r.screened().isAtLeast(RiskLevel.LOW));
    }

    /** Share of all NONE texts screened LOW or above. */
    public double noneFalsePositives() {
        return ratio(r -> !r.entry().isRisk(), r -> r.screened().isAtLeast(RiskLevel.LOW));
    }

    /** Share of texts screened LOW or above that are labelled LOW or above. */
    public double precision() {
        return ratio(r -> r.screened().isAtLeast(RiskLevel.LOW), r -> r.entry().isRisk());
    }

    private double ratio(Predicate<Result> of, Predicate<Result> hit) {
        long n = results.stream().filter(of).count();
        long k = results.stream().filter(of).filter(hit).count();
        return n == 0 ? Double.NaN : (double) k / n;
    }

    /** A readable report: headline figures, per category, and the confusion matrix. */
    public String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: %d texts%n", title, size()));
        sb.append(String.format(
                "  any-risk recall %.3f | MODERATE+HIGH recall %.3f | HIGH recall %.3f%n",
                anyRiskRecall(), moderateOrHighRecall(), highRecall()));
        sb.append(String.format(
                "  hard-negative false positives %.3f | all-NONE false positives %.3f | precision of LOW+ %.3f%n",
                hardNegativeFalsePositives(), noneFalsePositives(), precision()));
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Result r : results) {
            int[] c = byCategory.computeIfAbsent(
                    r.entry().level().isAtLeast(RiskLevel.LOW)
                            ? "risk  " + r.entry().category()
                            : "none  " + r.entry().category(),
                    k -> new int[2]);
            c[0]++;
            c[1] += r.entry().isRisk() ? (r.missed() ? 0 : 1) : (r.falseAlarm() ? 1 : 0);
        }
        sb.append("  per category (risk: flagged/total; none: false alarms/total)\n");
        byCategory.forEach((k, c) -> sb.append(String.format("    %-44s %4d / %4d%n", k, c[1], c[0])));
        sb.append("  confusion (rows label, columns screened): NONE LOW MODERATE HIGH\n");
        for (RiskLevel label : RiskLevel.values()) {
            sb.append(String.format("    %-9s", label));
            for (RiskLevel s : RiskLevel.values()) {
                long n = results.stream()
                        .filter(r -> r.entry().level() == label && r.screened() == s)
                        .count();
                sb.append(String.format("%6d", n));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
