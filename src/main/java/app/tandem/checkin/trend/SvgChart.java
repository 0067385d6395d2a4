package app.tandem.checkin.trend;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link TrendSeries} as an inline SVG line chart: daily means as a solid line broken at
 * missing days, the 7-day average dashed (so the two differ by more than colour). Scales with its
 * container through the viewBox; only presentation attributes and classes, no style attributes,
 * so it passes a strict Content-Security-Policy and needs no JavaScript.
 */
public final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int RIGHT = 12;
    private static final int TOP = 20;
    private static final int BOTTOM = 28;
    private static final int DOTS_UP_TO_DAYS = 31;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private SvgChart() {}

    /**
     * @param id unique on the page, for the title/desc references
     * @param min bottom of the scale
     * @param max top of the scale
     */
    public static String render(
            String id, TrendSeries series, double min, double max, String title, String description) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" focusable=\"false\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        axes(svg, series, min, max);
        line(svg, series, series.daily(), min, max, "chart__line", "#1f4f4b", null);
        line(svg, series, series.movingAverage(), min, max, "chart__average", "#8a4b00", "6 4");
        dots(svg, series, min, max);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, TrendSeries series, double min, double max) {
        double[] ticks = {min, (min + max) / 2, max};
        for (double tick : ticks) {
            double y = y(tick, min, max);
            svg.append("<line class=\"chart__grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\" stroke=\"#d5dcda\" stroke-width=\"1\"/>");
            svg.append("<text class=\"chart__label\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#4d5b5a\">")
                    .append(label(tick))
                    .append("</text>");
        }
        int last = series.days() - 1;
        int[] marks = last <= 0 ? new int[] {0} : new int[] {0, last / 2, last};
        String[] anchors = last <= 0 ? new String[] {"middle"} : new String[] {"start", "middle", "end"};
        for (int i = 0; i < marks.length; i++) {
            svg.append("<text class=\"chart__label\" x=\"")
                    .append(fmt(x(marks[i], series.days())))
                    .append("\" y=\"")
                    .append(HEIGHT - 8)
                    .append("\" text-anchor=\"")
                    .append(anchors[i])
                    .append("\" font-size=\"12\" fill=\"#4d5b5a\">")
                    .append(series.day(marks[i]).format(DAY))
                    .append("</text>");
        }
    }

    private static void line(
            StringBuilder svg,
            TrendSeries series,
            List<Double> values,
            double min,
            double max,
            String cssClass,
            String colour,
            String dashes) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                drawing = false; // a gap: the next value starts a new segment
                continue;
            }
            d.append(drawing ? " L" : " M")
                    .append(fmt(x(i, series.days())))
                    .append(' ')
                    .append(fmt(y(v, min, max)));
            drawing = true;
        }
        if (d.isEmpty()) {
            return;
        }
        svg.append("<path class=\"")
                .append(cssClass)
                .append("\" d=\"")
                .append(d.toString().trim())
                .append("\" fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    /** Dots on every day for short ranges; on long ranges only where a day stands alone between gaps. */
    private static void dots(StringBuilder svg, TrendSeries series, double min, double max) {
        List<Double> daily = series.daily();
        for (int i = 0; i < daily.size(); i++) {
            Double v = daily.get(i);
            if (v == null) {
                continue;
            }
            boolean alone = (i == 0 || daily.get(i - 1) == null) && (i == daily.size() - 1 || daily.get(i + 1) == null);
            if (series.days() <= DOTS_UP_TO_DAYS || alone) {
                svg.append("<circle class=\"chart__dot\" cx=\"")
                        .append(fmt(x(i, series.days())))
                        .append("\" cy=\"")
                        .append(fmt(y(v, min, max)))
                        .append("\" r=\"3.5\" fill=\"#1f4f4b\"/>");
            }
        }
    }

    static double x(int index, int days) {
        double width = WIDTH - LEFT - RIGHT;
        return days <= 1 ? LEFT + width / 2 : LEFT + index * width / (days - 1);
    }

    static double y(double value, double min, double max) {
        double clamped = Math.max(min, Math.min(max, value));
        return TOP + (max - clamped) / (max - min) * (HEIGHT - TOP - BOTTOM);
    }

    /** One decimal, without String.format: a year of four charts formats a few thousand coordinates. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + (tenths / 10) + "." + (tenths % 10);
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
