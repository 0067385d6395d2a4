package app.tandem.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Screens the labelled corpus, prints recall/precision per level and category and a confusion matrix, and fails
 * below the agreed thresholds. Every 4th corpus line is held out: reported separately, never used for tuning.
 */
class ScreenerCorpusTest {

    static final double MIN_RECALL_MODERATE_PLUS = 0.98;
    static final double MIN_RECALL_ANY_RISK = 0.95;
    static final double MAX_FPR_HARD_NEGATIVES = 0.05;

    /** One corpus row with its screened level. */
    record Row(int index, String id, RiskLevel label, String category, String text, RiskLevel screened) {
        boolean heldOut() {
            return index % 4 == 3;
        }
    }

    /** Headline figures for a subset of rows. */
    record Figures(double recallModeratePlus, double recallAnyRisk, double hardNegativeFpr, int n) {}

    @Test
    void corpusMeetsThresholds() throws IOException {
        RiskScreener screener = new RiskScreener();
        List<Row> rows = load(screener);
        StringBuilder report = new StringBuilder();
        Figures all = section(report, "WHOLE CORPUS", rows, r -> true);
        Figures train = section(report, "TUNING SPLIT (3 of every 4 lines)", rows, r -> !r.heldOut());
        Figures held = section(report, "HELD-OUT SPLIT (every 4th line, not used for tuning)", rows, Row::heldOut);
        String failuresOf = System.getProperty("screening.showFailures", "");
        if (failuresOf.equals("train")) {
            // Only the tuning split's failures are ever listed, so rules are not fitted to the held-out lines.
            report.append("\nTUNING-SPLIT DISAGREEMENTS\n");
            for (Row r : rows) {
                if (!r.heldOut() && disagrees(r)) {
                    report.append(String.format(
                            "%-8s %-9s -> %-9s %-28s %s%n", r.id(), r.label(), r.screened(), r.category(), r.text()));
                }
            }
        }
        System.out.println(report);
        Path out = Path.of("target", "screening-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(1600);
        assertThat(all.recallModeratePlus())
                .as("recall MODERATE+HIGH at MODERATE+")
                .isGreaterThanOrEqualTo(MIN_RECALL_MODERATE_PLUS);
        assertThat(all.recallAnyRisk()).as("recall of any risk at LOW+").isGreaterThanOrEqualTo(MIN_RECALL_ANY_RISK);
        assertThat(all.hardNegativeFpr())
                .as("false-positive rate on hard negatives")
                .isLessThanOrEqualTo(MAX_FPR_HARD_NEGATIVES);
        assertThat(train.n() + held.n()).isEqualTo(all.n());
    }

    /** A miss that matters for the thresholds: risk not caught at its band, or a hard negative flagged. */
    private static boolean disagrees(Row r) {
        if (r.label().isAtLeast(RiskLevel.MODERATE)) {
            return !r.screened().isAtLeast(RiskLevel.MODERATE);
        }
        if (r.label() == RiskLevel.LOW) {
            return r.screened() == RiskLevel.NONE;
        }
        return r.screened() != RiskLevel.NONE && r.category().startsWith("hard-negative");
    }

    static List<Row> load(RiskScreener screener) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ScreenerCorpusTest.class.getResourceAsStream("/safety/screening-corpus.tsv")) {
            assertThat(in).as("corpus resource").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", 4);
                Screening s = screener.screen(f[3]);
                rows.add(new Row(i - 1, f[0], RiskLevel.valueOf(f[1]), f[2], f[3], s.level()));
            }
        }
        return rows;
    }

    private static Figures section(StringBuilder out, String title, List<Row> all, Predicate<Row> filter) {
        List<Row> rows = all.stream().filter(filter).toList();
        out.append("\n==== ").append(title).append(" (n=").append(rows.size()).append(") ====\n");
        double recallMod = ratio(
                rows,
                r -> r.label().isAtLeast(RiskLevel.MODERATE),
                r -> r.screened().isAtLeast(RiskLevel.MODERATE));
        double recallAny = ratio(
                rows, r -> r.label().isAtLeast(RiskLevel.LOW), r -> r.screened().isAtLeast(RiskLevel.LOW));
        double fpr = ratio(rows, r -> r.category().startsWith("hard-negative"), r -> r.screened() != RiskLevel.NONE);
        double precisionAny = ratio(
                rows, r -> r.screened().isAtLeast(RiskLevel.LOW), r -> r.label().isAtLeast(RiskLevel.LOW));
        out.append(String.format(
                "recall MODERATE+ (labelled M/H screened >= M): %.3f  (threshold %.2f)%n",
                recallMod, MIN_RECALL_MODERATE_PLUS));
        out.append(String.format(
                "recall any risk  (labelled L+ screened >= L):  %.3f  (threshold %.2f)%n",
                recallAny, MIN_RECALL_ANY_RISK));
        out.append(String.format(
                "hard-negative false-positive rate:             %.3f  (threshold %.2f)%n",
                fpr, MAX_FPR_HARD_NEGATIVES));
        out.append(String.format("precision any risk (screened L+ labelled L+):  %.3f%n", precisionAny));
        out.append(String.format(
                "exact level agreement:                         %.3f%n",
                ratio(rows, r -> true, r -> r.label() == r.screened())));
        out.append("\nper level (exact level)      recall  precision  support\n");
        for (RiskLevel l : RiskLevel.values()) {
            double rec = ratio(rows, r -> r.label() == l, r -> r.screened() == l);
            double prec = ratio(rows, r -> r.screened() == l, r -> r.label() == l);
            long support = rows.stream().filter(r -> r.label() == l).count();
            out.append(String.format("  %-26s %6.3f  %9.3f  %7d%n", l, rec, prec, support));
        }
        out.append("\nper level (at or above)      recall  precision\n");
        for (RiskLevel l : RiskLevel.values()) {
            if (l == RiskLevel.NONE) {
                continue;
            }
            double rec =
                    ratio(rows, r -> r.label().isAtLeast(l), r -> r.screened().isAtLeast(l));
            double prec =
                    ratio(rows, r -> r.screened().isAtLeast(l), r -> r.label().isAtLeast(l));
            out.append(String.format("  %-26s %6.3f  %9.3f%n", l + "+", rec, prec));
        }
        out.append("\nconfusion (rows = label, columns = screened)\n  ").append(String.format("%-10s", ""));
        for (RiskLevel l : RiskLevel.values()) {
            out.append(String.format("%10s", l));
        }
        out.append('\n');
        for (RiskLevel label : RiskLevel.values()) {
            out.append(String.format("  %-10s", label));
            for (RiskLevel got : RiskLevel.values()) {
                long n = rows.stream()
                        .filter(r -> r.label() == label && r.screened() == got)
                        .count();
                out.append(String.format("%10d", n));
            }
            out.append('\n');
        }
        out.append(
                "\nper category                      n   flagged L+   at label band   (hard negatives: flagged = false positive)\n");
        Map<String, List<Row>> byCat = new TreeMap<>();
        for (Row r : rows) {
            byCat.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Row>> e : byCat.entrySet()) {
            List<Row> c = e.getValue();
            double flagged = ratio(c, r -> true, r -> r.screened().isAtLeast(RiskLevel.LOW));
            double band = ratio(
                    c,
                    r -> true,
                    r -> r.label() == RiskLevel.NONE
                            ? r.screened() == RiskLevel.NONE
                            : r.screened()
                                    .isAtLeast(
                                            RiskLevel.MODERATE.compareTo(r.label()) <= 0
                                                    ? RiskLevel.MODERATE
                                                    : RiskLevel.LOW));
            out.append(String.format("  %-30s %4d   %9.3f   %13.3f%n", e.getKey(), c.size(), flagged, band));
        }
        return new Figures(recallMod, recallAny, fpr, rows.size());
    }

    private static double ratio(List<Row> rows, Predicate<Row> denominator, Predicate<Row> numerator) {
        long d = rows.stream().filter(denominator).count();
        long n = rows.stream().filter(denominator).filter(numerator).count();
        return d == 0 ? 1.0 : (double) n / d;
    }
}
