package app.tandem.checkin.trend;

import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.DayPoint;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Builds a client's trends page (charts, table, insights) for a viewer who may see their data. */
@Service
public class Trends {

    public static final Set<Integer> RANGES = Set.of(7, 30, 90, 365);
    public static final int DEFAULT_DAYS = 30;
    /** Insights look at this many days whatever range the charts show. */
    public static final int INSIGHT_DAYS = 90;

    private final CheckInQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    Trends(CheckInQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    public TrendPage page(CurrentUser viewer, UserId client, ZoneId clientZone, int days) {
        LocalDate to = LocalDate.now(clock.withZone(clientZone));
        LocalDate from = to.minusDays(days - 1);
        LocalDate insightFrom = to.minusDays(INSIGHT_DAYS - 1);
        List<DayPoint> points = queries.points(viewer, client, from.isBefore(insightFrom) ? from : insightFrom, to);
        List<TrendPage.Chart> charts = List.of(
                chart("mood", from, to, points, p -> (double) p.mood(), 0, 10),
                chart(
                        "anxiety",
                        from,
                        to,
                        points,
                        p -> p.anxiety() == null ? null : p.anxiety().doubleValue(),
                        0,
                        10),
                chart("sleep", from, to, points, DayPoint::sleepHours, 0, 12),
                chart(
                        "energy",
                        from,
                        to,
                        points,
                        p -> p.energy() == null ? null : p.energy().doubleValue(),
                        0,
                        10));
        List<TrendPage.Row> rows = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            TrendPage.Row row = new TrendPage.Row(
                    from.plusDays(i),
                    charts.get(0).series().daily().get(i),
                    charts.get(1).series().daily().get(i),
                    charts.get(2).series().daily().get(i),
                    charts.get(3).series().daily().get(i));
            if (!row.empty()) {
                rows.add(row);
            }
        }
        List<Insights.Entry> entries = points.stream()
                .filter(p -> !p.day().isBefore(insightFrom))
                .map(p -> new Insights.Entry(p.day(), p.mood(), p.sleepHours()))
                .toList();
        return new TrendPage(days, from, to, charts, rows, Insights.find(entries, to));
    }

    public static int range(Integer days) {
        return days != null && RANGES.contains(days) ? days : DEFAULT_DAYS;
    }

    private TrendPage.Chart chart(
            String metric,
            LocalDate from,
            LocalDate to,
            List<DayPoint> points,
            Function<DayPoint, Double> value,
            double min,
            double max) {
        List<TrendSeries.Reading> readings = new ArrayList<>();
        for (DayPoint p : points) {
            Double v = value.apply(p);
            if (v != null && !p.day().isBefore(from)) {
                readings.add(new TrendSeries.Reading(p.day(), v));
            }
        }
        TrendSeries series = TrendSeries.of(from, to, readings);
        double top = metric.equals("sleep")
                ? Math.max(
                        max,
                        Math.ceil(readings.stream()
                                .mapToDouble(TrendSeries.Reading::value)
                                .max()
                                .orElse(max)))
                : max;
        String title = text("checkin.trends.chart." + metric);
        String description = text("checkin.trends.chart.desc", title, from, to, series.daysWithData());
        return new TrendPage.Chart(
                metric, series, SvgChart.render("chart-" + metric, series, min, top, title, description));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
