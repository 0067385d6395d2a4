package app.tandem.screening.corpus;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.words.WordFeatures;
import app.tandem.screening.words.WordModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the screener's {@link WordModel} from the development part of the corpus (the held-out quarter and
 * the blind sets are never seen, so their figures stay honest) and writes it as the model file. Deterministic:
 * the same corpus gives the same file, which {@code WordModelTest} checks.
 *
 * <p>Logistic regression over tf-idf weighted words and word pairs (sub-linear term frequency, smooth idf,
 * unit length), L2 regularised, classes weighted to balance, fitted by L-BFGS.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.tandem.screening.corpus.WordModelTrainer
 * src/main/resources/screening/words/word-model.tsv}
 */
public final class WordModelTrainer {

    /** Inverse regularisation strength. */
    static final double C = 10.0;
    /** A term must occur in this many training texts to be known. */
    static final int MIN_DOCUMENTS = 2;

    static final WordModel.Thresholds THRESHOLDS = new WordModel.Thresholds(0.6, 0.5, 0.3);

    private WordModelTrainer() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/screening/words/word-model.tsv");
        Files.writeString(out, format(train(Corpus.standard())), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The model trained on the entries of {@code corpus} that are not held out. */
    static WordModel train(List<Corpus.Entry> corpus) {
        List<Corpus.Entry> docs = corpus.stream().filter(e -> !e.heldOut()).toList();
        List<List<WordFeatures.Term>> features = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Corpus.Entry e : docs) {
            List<WordFeatures.Term> f = WordFeatures.of(e.text());
            features.add(f);
            f.forEach(t -> df.merge(t.term(), 1, Integer::sum));
        }
        TreeMap<String, Integer> index = new TreeMap<>();
        df.forEach((term, count) -> {
            if (count >= MIN_DOCUMENTS) {
                index.put(term, 0);
            }
        });
        int column = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(column++);
        }
        int n = docs.size();
        int d = index.size();
        double[] idf = new double[d];
        index.forEach((term, c) -> idf[c] = Math.log((1.0 + n) / (1.0 + df.get(term))) + 1);
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        double[] risk = new double[n];
        double[] active = new double[n];
        for (int i = 0; i < n; i++) {
            List<WordFeatures.Term> known = features.get(i).stream()
                    .filter(t -> index.containsKey(t.term()))
                    .toList();
            cols[i] = new int[known.size()];
            vals[i] = new double[known.size()];
            double norm = 0;
            for (int k = 0; k < known.size(); k++) {
                int c = index.get(known.get(k).term());
                cols[i][k] = c;
                vals[i][k] = (1 + Math.log(known.get(k).count())) * idf[c];
                norm += vals[i][k] * vals[i][k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < known.size(); k++) {
                vals[i][k] /= norm == 0 ? 1 : norm;
            }
            risk[i] = docs.get(i).isRisk() ? 1 : -1;
            active[i] = docs.get(i).level().isAtLeast(RiskLevel.MODERATE) ? 1 : -1;
        }
        double[] w = fit(cols, vals, risk, d);
        double[] a = fit(cols, vals, active, d);
        Map<String, WordModel.TermWeight> terms = new HashMap<>();
        index.forEach((term, c) -> terms.put(term, new WordModel.TermWeight(round(idf[c]), round(w[c]), round(a[c]))));
        return new WordModel(round(w[d]), round(a[d]), terms, THRESHOLDS, "trained");
    }

    /** Weights (the intercept last) of a logistic model for labels {@code y} (+1 or -1), classes balanced. */
    private static double[] fit(int[][] cols, double[][] vals, double[] y, int d) {
        int n = y.length;
        int positives = 0;
        for (double label : y) {
            positives += label > 0 ? 1 : 0;
        }
        double[] weightOf = {n / (2.0 * (n - positives)), n / (2.0 * positives)};
        double[] sampleWeight = new double[n];
        for (int i = 0; i < n; i++) {
            sampleWeight[i] = C * weightOf[y[i] > 0 ? 1 : 0];
        }
        return lbfgs(new Objective(cols, vals, y, sampleWeight, d), new double[d + 1]);
    }

    /** The model file: a header, the settings, then one term per line, highest weight first. */
    static String format(WordModel model) {
        StringBuilder s = new StringBuilder();
        s.append(
                        "# Tandem's word model for the risk screener. Generated by WordModelTrainer from the development part\n")
                .append(
                        "# of the screening corpus (src/test/resources/screening/corpus): do not edit by hand, retrain.\n")
                .append("# Two models share the terms: 'risk' (any level) and 'active' (at least MODERATE).\n")
                .append("# Settings: the intercepts; raise = from this probability of risk a text is at least LOW;\n")
                .append("# active = from this probability of active risk (with raise met) it is MODERATE;\n")
                .append(
                        "# discount = below this probability of risk a LOW or MODERATE finding of the rules is discounted.\n")
                .append("# Terms: term <tab> idf <tab> risk weight <tab> active weight (positive = towards risk).\n");
        s.append("risk-intercept\t").append(number(model.riskIntercept())).append('\n');
        s.append("active-intercept\t").append(number(model.activeIntercept())).append('\n');
        s.append("raise\t").append(number(model.thresholds().raise())).append('\n');
        s.append("active\t").append(number(model.thresholds().active())).append('\n');
        s.append("discount\t").append(number(model.thresholds().discount())).append('\n');
        model.terms().entrySet().stream()
                .sorted(Map.Entry.<String, WordModel.TermWeight>comparingByValue(
                                (a, b) -> Double.compare(b.risk(), a.risk()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> s.append(e.getKey())
                        .append('\t')
                        .append(number(e.getValue().idf()))
                        .append('\t')
                        .append(number(e.getValue().risk()))
                        .append('\t')
                        .append(number(e.getValue().active()))
                        .append('\n'));
        return s.toString();
    }

    private static double round(double v) {
        return Double.parseDouble(number(v));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** Weighted logistic loss plus half the squared norm of the weights (the intercept, last, is not penalised). */
    private record Objective(int[][] cols, double[][] vals, double[] y, double[] sampleWeight, int d) {

        double valueAndGradient(double[] w, double[] g) {
            Arrays.fill(g, 0);
            double f = 0;
            for (int j = 0; j < d; j++) {
                f += 0.5 * w[j] * w[j];
                g[j] = w[j];
            }
            for (int i = 0; i < cols.length; i++) {
                double z = w[d];
                for (int k = 0; k < cols[i].length; k++) {
                    z += w[cols[i][k]] * vals[i][k];
                }
                double m = y[i] * z;
                f += sampleWeight[i] * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
                double dz = -sampleWeight[i] * y[i] / (1 + Math.exp(m));
                for (int k = 0; k < cols[i].length; k++) {
                    g[cols[i][k]] += dz * vals[i][k];
                }
                g[d] += dz;
            }
            return f;
        }
    }

    /** Limited-memory BFGS with a backtracking (Armijo) line search. */
    private static double[] lbfgs(Objective objective, double[] x) {
        int memory = 10;
        int size = x.length;
        double[] g = new double[size];
        double f = objective.valueAndGradient(x, g);
        List<double[]> s = new ArrayList<>();
        List<double[]> yk = new ArrayList<>();
        List<Double> rho = new ArrayList<>();
        for (int iteration = 0; iteration < 1000; iteration++) {
            double[] q = g.clone();
            double[] alpha = new double[s.size()];
            for (int i = s.size() - 1; i >= 0; i--) {
                alpha[i] = rho.get(i) * dot(s.get(i), q);
                axpy(-alpha[i], yk.get(i), q);
            }
            if (!s.isEmpty()) {
                double[] lastY = yk.get(yk.size() - 1);
                scale(q, dot(s.get(s.size() - 1), lastY) / dot(lastY, lastY));
            }
            for (int i = 0; i < s.size(); i++) {
                double beta = rho.get(i) * dot(yk.get(i), q);
                axpy(alpha[i] - beta, s.get(i), q);
            }
            double slope = -dot(g, q);
            if (slope >= 0) { // not a descent direction: restart from the gradient
                s.clear();
                yk.clear();
                rho.clear();
                q = g.clone();
                slope = -dot(g, q);
            }
            double step = 1;
            double[] next = new double[size];
            double[] nextG = new double[size];
            double nextF;
            while (true) {
                for (int j = 0; j < size; j++) {
                    next[j] = x[j] - step * q[j];
                }
                nextF = objective.valueAndGradient(next, nextG);
                if (nextF <= f + 1e-4 * step * slope || step < 1e-10) {
                    break;
                }
                step /= 2;
            }
            double[] sk = new double[size];
            double[] yy = new double[size];
            for (int j = 0; j < size; j++) {
                sk[j] = next[j] - x[j];
                yy[j] = nextG[j] - g[j];
            }
            double sy = dot(sk, yy);
            if (sy > 1e-12) {
                s.add(sk);
                yk.add(yy);
                rho.add(1 / sy);
                if (s.size() > memory) {
                    s.remove(0);
                    yk.remove(0);
                    rho.remove(0);
                }
            }
            double change = f - nextF;
            x = next;
            g = nextG;
            f = nextF;
            if (Math.sqrt(dot(g, g)) < 1e-5 || change < 1e-10 * Math.max(1, Math.abs(f))) {
                break;
            }
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }
}
