package app.tandem.caseload.brief;

import app.tandem.shared.workspace.BriefSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG line chart of one brief series: days along the period, the series' fixed scale upwards, a dot per day
 * with a value. The numbers are also written out in words next to it, so the chart is decoration for screen readers.
 */
final class Sparkline {

    static final int WIDTH = 240;
    static final int HEIGHT = 48;
    private static final int PAD = 4;

    private Sparkline() {}

    static String svg(BriefSeries series, LocalDate from, LocalDate to) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double range = series.max() - series.min() == 0 ? 1 : series.max() - series.min();
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (BriefSeries.Point p : series.points()) {
            double x = PAD + (WIDTH - 2.0 * PAD) * ChronoUnit.DAYS.between(from, p.day()) / days;
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (p.value() - series.min()) / range;
            x = Math.max(PAD, Math.min(WIDTH - PAD, x));
            y = Math.max(PAD, Math.min(HEIGHT - PAD, y));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\"/>", x, y));
        }
        return "<svg class=\"sparkline\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" aria-hidden=\"true\" focusable=\"false\">"
                + "<line class=\"sparkline__axis\" x1=\"0\" y1=\"" + (HEIGHT - 1) + "\" x2=\"" + WIDTH + "\" y2=\""
                + (HEIGHT - 1) + "\"/>"
                + "<polyline class=\"sparkline__line\" points=\""
                + HtmlUtils.htmlEscape(points.toString().strip())
                + "\"/><g class=\"sparkline__dots\">" + dots + "</g></svg>";
    }
}
