package app.tandem.checkin.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Patterns in a client's own check-ins, each shown only when it clears a statistical guardrail, and
 * always as an observation to talk over, never as advice:
 * <ul>
 * <li>sleep and next-day mood: Spearman's rho over at least {@value #MIN_SLEEP_PAIRS} pairs, shown when
 *     its 95% interval (Fisher z, SE = 1.06/sqrt(n-3)) excludes zero;</li>
 * <li>weekdays: mean mood per weekday, comparing weekdays with at least {@value #MIN_PER_WEEKDAY}
 *     check-ins, shown when the best and worst differ by at least {@value #MIN_WEEKDAY_DIFFERENCE} point;</li>
 * <li>recent trend: least-squares slope of daily mood over the last {@value #TREND_DAYS} days, shown when
 *     its 95% t interval excludes zero (at least {@value #MIN_TREND_DAYS} days with check-ins).</li>
 * </ul>
 */
public final class Insights {

    public static final int MIN_SLEEP_PAIRS = 14;
    public static final double GOOD_NIGHT_HOURS = 7.0;
    public static final int MIN_GROUP = 3;
    public static final int MIN_PER_WEEKDAY = 3;
    public static final double MIN_WEEKDAY_DIFFERENCE = 1.0;
    public static final int TREND_DAYS = 30;
    public static final int MIN_TREND_DAYS = 10;

    private Insights() {}

    /** One check-in's numbers on its local day. */
    public record Entry(LocalDate day, int mood, Double sleepHours) {}

    /** Every insight that clears its guardrail, for check-ins up to {@code today}. */
    public static List<Insight> find(List<Entry> entries, LocalDate today) {
        List<Insight> found = new ArrayList<>();
        sleepAndNextDayMood(entries).ifPresent(found::add);
        weekdays(entries).ifPresent(found::add);
        trend(entries, today).ifPresent(found::add);
        return found;
    }

    public static Optional<Insight> sleepAndNextDayMood(List<Entry> entries) {
        Map<LocalDate, double[]> sleep = dailyMeans(entries, true);
        Map<LocalDate, double[]> mood = dailyMeans(entries, false);
        List<double[]> pairs = new ArrayList<>();
        sleep.forEach((day, s) -> {
            double[] next = mood.get(day.plusDays(1));
            if (next != null) {
                pairs.add(new double[] {s[0] / s[1], next[0] / next[1]});
            }
        });
        int n = pairs.size();
        if (n < MIN_SLEEP_PAIRS) {
            return Optional.empty();
        }
        double[] hours = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] moods = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double rho = Stats.spearman(hours, moods);
        if (Double.isNaN(rho)) {
            return Optional.empty();
        }
        double[] ci = Stats.spearmanInterval(rho, n);
        if (ci[0] <= 0 && ci[1] >= 0) {
            return Optional.empty();
        }
        List<Object> how = List.of(n, round2(rho), round2(ci[0]), round2(ci[1]));
        double[] longer = pairs.stream()
                .filter(p -> p[0] >= GOOD_NIGHT_HOURS)
                .mapToDouble(p -> p[1])
                .toArray();
        double[] shorter = pairs.stream()
                .filter(p -> p[0] < GOOD_NIGHT_HOURS)
                .mapToDouble(p -> p[1])
                .toArray();
        String direction = rho > 0 ? "higher" : "lower";
        if (longer.length >= MIN_GROUP && shorter.length >= MIN_GROUP) {
            double difference = Stats.mean(longer) - Stats.mean(shorter);
            String groupDirection = difference >= 0 ? "higher" : "lower";
            return Optional.of(new Insight(
                    "sleep",
                    "sleep.groups." + groupDirection,
                    List.of(round1(Math.abs(difference)), "7"),
                    how,
                    n,
                    rho,
                    ci[0],
                    ci[1]));
        }
        return Optional.of(new Insight("sleep", "sleep.rank." + direction, List.of(), how, n, rho, ci[0], ci[1]));
    }

    public static Optional<Insight> weekdays(List<Entry> entries) {
        Map<DayOfWeek, double[]> byDay = new EnumMap<>(DayOfWeek.class);
        for (Entry e : entries) {
            double[] s = byDay.computeIfAbsent(e.day().getDayOfWeek(), d -> new double[2]);
            s[0] += e.mood();
            s[1]++;
        }
        DayOfWeek best = null;
        DayOfWeek worst = null;
        for (Map.Entry<DayOfWeek, double[]> d : byDay.entrySet()) {
            if (d.getValue()[1] < MIN_PER_WEEKDAY) {
                continue;
            }
            double mean = d.getValue()[0] / d.getValue()[1];
            if (best == null || mean > mean(byDay, best)) {
                best = d.getKey();
            }
            if (worst == null || mean < mean(byDay, worst)) {
                worst = d.getKey();
            }
        }
        if (best == null || best == worst) {
            return Optional.empty();
        }
        double difference = mean(byDay, best) - mean(byDay, worst);
        if (difference < MIN_WEEKDAY_DIFFERENCE) {
            return Optional.empty();
        }
        int n = (int) (byDay.get(best)[1] + byDay.get(worst)[1]);
        return Optional.of(new Insight(
                "weekday",
                "weekday",
                List.of(round1(difference), plural(worst), plural(best)),
                List.of(
                        plural(best),
                        (int) byDay.get(best)[1],
                        round1(mean(byDay, best)),
                        plural(worst),
                        (int) byDay.get(worst)[1],
                        round1(mean(byDay, worst)),
                        MIN_PER_WEEKDAY),
                n,
                difference,
                null,
                null));
    }

    public static Optional<Insight> trend(List<Entry> entries, LocalDate today) {
        return trend(entries, today, TREND_DAYS, MIN_TREND_DAYS);
    }

    /** The same test over the last {@code days} days, shown with at least {@code minDays} days with check-ins. */
    public static Optional<Insight> trend(List<Entry> entries, LocalDate today, int days, int minDays) {
        LocalDate from = today.minusDays(days - 1);
        Map<LocalDate, double[]> mood = dailyMeans(
                entries.stream()
                        .filter(e -> !e.day().isBefore(from) && !e.day().isAfter(today))
                        .toList(),
                false);
        int n = mood.size();
        if (n < Math.max(3, minDays)) {
            return Optional.empty();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        for (Map.Entry<LocalDate, double[]> d : mood.entrySet()) {
            x[i] = java.time.temporal.ChronoUnit.DAYS.between(from, d.getKey());
            y[i] = d.getValue()[0] / d.getValue()[1];
            i++;
        }
        double[] fit = Stats.leastSquares(x, y);
        double margin = Stats.t975(n - 2) * fit[2];
        double lower = fit[0] - margin;
        double upper = fit[0] + margin;
        if (Double.isNaN(fit[0]) || (lower <= 0 && upper >= 0)) {
            return Optional.empty();
        }
        String direction = fit[0] > 0 ? "rising" : "falling";
        return Optional.of(new Insight(
                "trend",
                "trend." + direction,
                List.of(round1(Math.abs(fit[0] * 7))),
                List.of(n, round2(fit[0] * 7), round2(lower * 7), round2(upper * 7), days),
                n,
                fit[0],
                lower,
                upper));
    }

    private static Map<LocalDate, double[]> dailyMeans(List<Entry> entries, boolean sleep) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        for (Entry e : entries) {
            if (sleep && e.sleepHours() == null) {
                continue;
            }
            double[] s = sums.computeIfAbsent(e.day(), d -> new double[2]);
            s[0] += sleep ? e.sleepHours() : e.mood();
            s[1]++;
        }
        return sums;
    }

    private static double mean(Map<DayOfWeek, double[]> byDay, DayOfWeek day) {
        return byDay.get(day)[0] / byDay.get(day)[1];
    }

    private static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
