package app.tandem.checkin.trend;

import java.util.List;

/**
 * An observation in a client's own check-ins that passed its statistical guardrail. Text comes from
 * message keys {@code checkin.insight.<key>} (what was seen) and {@code checkin.insight.<kind>.how}
 * (how it was worked out), filled with {@code args} and {@code howArgs}.
 *
 * @param kind {@code sleep}, {@code weekday} or {@code trend}
 * @param key the message variant, e.g. {@code sleep.groups.higher}
 * @param n how many paired days, check-ins or days it rests on
 * @param statistic Spearman's rho, the weekday difference or the slope per day
 * @param lower lower end of the 95% interval (null where there is none)
 * @param upper upper end of the 95% interval (null where there is none)
 */
public record Insight(
        String kind,
        String key,
        List<Object> args,
        List<Object> howArgs,
        int n,
        double statistic,
        Double lower,
        Double upper) {

    public Insight {
        args = List.copyOf(args);
        howArgs = List.copyOf(howArgs);
    }
}
