package app.tandem.checkin.workspace;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.checkin.trend.Insight;
import app.tandem.checkin.trend.Insights;
import app.tandem.crypto.FieldCipher;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.BriefSeries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mood, anxiety and sleep since the last session for the brief: a small chart of each, averages, the mood direction
 * worked out as the trends page does ({@link Insights#trend}), and the client's latest notes quoted as written.
 */
@Component
class CheckInBrief implements BriefContributor {

    static final int ORDER = 40;
    static final int NOTES_QUOTED = 3;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final MessageSource messages;

    CheckInBrief(JdbcClient jdbc, FieldCipher cipher, MessageSource messages) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.messages = messages;
    }

    /** One check-in's numbers (note still encrypted). */
    record Row(Instant at, LocalDate day, int mood, Integer anxiety, Double sleepHours, String note) {}

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefSection> sectionFor(UserId client, Instant since, Instant until) {
        List<Row> rows = jdbc.sql("""
                SELECT recorded_at, local_date, mood, anxiety, sleep_hours, note FROM checkin
                WHERE client_id = ? AND recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at, id""")
                .params(client.value(), utc(since), utc(until))
                .query((rs, n) -> new Row(
                        SqlTimes.instant(rs, "recorded_at"),
                        rs.getObject("local_date", LocalDate.class),
                        rs.getInt("mood"),
                        (Integer) rs.getObject("anxiety", Integer.class),
                        decimal(rs.getBigDecimal("sleep_hours")),
                        rs.getString("note")))
                .list();
        Locale locale = LocaleContextHolder.getLocale();
        String link = "/therapist/clients/" + client + "/trends";
        List<BriefLine> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            lines.add(new BriefLine(text("workspace.checkin.none", locale), link, null));
            return Optional.of(section(locale, lines, List.of()));
        }
        long days = rows.stream().map(Row::day).distinct().count();
        lines.add(new BriefLine(text("workspace.checkin.count", locale, rows.size(), days), link, null));
        lines.add(new BriefLine(direction(rows, locale), link, null));
        average(rows, r -> (double) r.mood(), "workspace.checkin.mood", locale)
                .ifPresent(t -> lines.add(line(t, link)));
        average(rows, r -> r.anxiety() == null ? null : r.anxiety().doubleValue(), "workspace.checkin.anxiety", locale)
                .ifPresent(t -> lines.add(line(t, link)));
        average(rows, Row::sleepHours, "workspace.checkin.sleep", locale).ifPresent(t -> lines.add(line(t, link)));
        rows.stream()
                .filter(r -> r.note() != null)
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .limit(NOTES_QUOTED)
                .forEach(r -> lines.add(
                        new BriefLine(text("workspace.checkin.note", locale, cipher.decrypt(r.note())), link, r.at())));
        List<BriefSeries> charts = List.of(
                series(text("workspace.checkin.chart.mood", locale), 0, 10, rows, r -> (double) r.mood()),
                series(
                        text("workspace.checkin.chart.anxiety", locale),
                        0,
                        10,
                        rows,
                        r -> r.anxiety() == null ? null : r.anxiety().doubleValue()),
                series(text("workspace.checkin.chart.sleep", locale), 0, 12, rows, Row::sleepHours));
        return Optional.of(section(
                locale,
                lines,
                charts.stream().filter(c -> !c.points().isEmpty()).toList()));
    }

    private String direction(List<Row> rows, Locale locale) {
        LocalDate lastDay = rows.get(rows.size() - 1).day();
        List<Insights.Entry> entries = rows.stream()
                .map(r -> new Insights.Entry(r.day(), r.mood(), r.sleepHours()))
                .toList();
        Optional<Insight> trend = Insights.trend(entries, lastDay);
        return trend.map(t -> text(
                        "workspace.checkin.trend." + (t.statistic() > 0 ? "rising" : "falling"),
                        locale,
                        t.args().get(0),
                        t.n()))
                .orElseGet(() -> text("workspace.checkin.trend.none", locale, Insights.MIN_TREND_DAYS));
    }

    private Optional<String> average(List<Row> rows, Function<Row, Double> value, String key, Locale locale) {
        List<Double> values = rows.stream().map(value).filter(v -> v != null).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return Optional.of(text(key, locale, one(mean), one(min), one(max)));
    }

    /** The day's mean of each day with a value, oldest first. */
    static BriefSeries series(String label, double min, double max, List<Row> rows, Function<Row, Double> value) {
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        for (Row r : rows) {
            Double v = value.apply(r);
            if (v != null) {
                double[] sum = byDay.computeIfAbsent(r.day(), d -> new double[2]);
                sum[0] += v;
                sum[1]++;
            }
        }
        List<BriefSeries.Point> points = new ArrayList<>();
        byDay.forEach((day, sum) -> points.add(new BriefSeries.Point(day, sum[0] / sum[1])));
        return new BriefSeries(label, min, max, points);
    }

    private BriefSection section(Locale locale, List<BriefLine> lines, List<BriefSeries> charts) {
        return new BriefSection(ORDER, text("workspace.checkin.heading", locale), lines, charts);
    }

    private static BriefLine line(String text, String link) {
        return new BriefLine(text, link, null);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
