package app.tandem.checkin.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measure over a run of days: the mean of each day's check-ins (null on a day without one) and
 * a trailing 7-day moving average of those daily means (null until 3 of the 7 days have data).
 */
public record TrendSeries(LocalDate from, LocalDate to, List<Double> daily, List<Double> movingAverage) {

    public static final int WINDOW = 7;
    public static final int MIN_DAYS_IN_WINDOW = 3;

    public TrendSeries {
        daily = Collections.unmodifiableList(new ArrayList<>(daily));
        movingAverage = Collections.unmodifiableList(new ArrayList<>(movingAverage));
    }

    /** A dated value; several on one day are averaged. */
    public record Reading(LocalDate day, double value) {}

    public static TrendSeries of(LocalDate from, LocalDate to, List<Reading> readings) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        for (Reading r : readings) {
            if (!r.day().isBefore(from) && !r.day().isAfter(to)) {
                double[] s = sums.computeIfAbsent(r.day(), d -> new double[2]);
                s[0] += r.value();
                s[1]++;
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<Double> daily = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            double[] s = sums.get(from.plusDays(i));
            daily.add(s == null ? null : s[0] / s[1]);
        }
        return new TrendSeries(from, to, daily, movingAverage(daily));
    }

    private static List<Double> movingAverage(List<Double> daily) {
        List<Double> average = new ArrayList<>(daily.size());
        for (int i = 0; i < daily.size(); i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - WINDOW + 1); j <= i; j++) {
                if (daily.get(j) != null) {
                    sum += daily.get(j);
                    n++;
                }
            }
            average.add(n >= MIN_DAYS_IN_WINDOW ? sum / n : null);
        }
        return average;
    }

    public int days() {
        return daily.size();
    }

    public LocalDate day(int index) {
        return from.plusDays(index);
    }

    /** How many days have at least one check-in. */
    public long daysWithData() {
        return daily.stream().filter(v -> v != null).count();
    }
}
