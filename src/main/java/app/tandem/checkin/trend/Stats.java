package app.tandem.checkin.trend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The few statistics the insights need, written out so each can be checked by hand. */
public final class Stats {

    /** Two-sided 95% normal quantile. */
    public static final double Z_975 = 1.959964;

    private Stats() {}

    public static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Ranks 1..n, ties sharing their average rank. */
    public static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    public static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rank correlation (Pearson on ranks, which handles ties). NaN when a side is constant. */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** 95% interval for a Spearman correlation: Fisher z with SE = 1.06 / sqrt(n - 3) (Fieller et al., 1957). */
    public static double[] spearmanInterval(double rho, int n) {
        double r = Math.max(-0.999999, Math.min(0.999999, rho));
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double se = 1.06 / Math.sqrt(n - 3);
        return new double[] {Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se)};
    }

    /** Least-squares line through (x, y): {slope, intercept, standard error of the slope}. */
    public static double[] leastSquares(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * x[i]);
            sse += residual * residual;
        }
        double se = Math.sqrt(sse / (n - 2) / sxx);
        return new double[] {slope, intercept, se};
    }

    /**
     * The 97.5% quantile of Student's t with {@code df} degrees of freedom, by the Cornish-Fisher
     * expansion around the normal quantile (within 0.002 of the exact value for df >= 3).
     */
    public static double t975(int df) {
        double z = Z_975;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z
                + (z3 + z) / (4.0 * df)
                + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
    }
}
