package app.tandem.measure.web;

import app.tandem.measure.Band;
import app.tandem.measure.Direction;
import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a server-rendered SVG chart of totals over time with the severity bands shaded (no script, no style
 * attributes: classes and presentation attributes only). Raw totals; ASRS plots its count.
 */
record ScoreChart(
        int width, int height, List<Area> bands, String line, List<Dot> dots, List<Label> labels, String description) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    /** The score card's chart: fewer units across, so its labels stay readable in a card a third of a screen wide. */
    static final int COMPACT_WIDTH = 340;

    static final int COMPACT_HEIGHT = 130;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 20;
    private static final int BOTTOM = 34;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    /** A shaded band. */
    record Area(int x, int y, int width, int height, String cssClass, String label) {}

    /** One response. */
    record Dot(double cx, double cy, String title) {}

    /** An axis label. */
    record Label(double x, double y, String text, String anchor) {}

    static ScoreChart of(Instrument instrument, List<MeasureResponse> responses, ZoneId zone) {
        return draw(instrument, responses, zone, WIDTH, HEIGHT);
    }

    /** The small chart on a score card: the same bands, line and dots in less space. */
    static ScoreChart compact(Instrument instrument, List<MeasureResponse> responses, ZoneId zone) {
        return draw(instrument, responses, zone, COMPACT_WIDTH, COMPACT_HEIGHT);
    }

    /** Where the plot's vertical axis ends (its bottom edge). */
    public int plotBottom() {
        return height - BOTTOM;
    }

    /** Severity of a band from 0 (least) to 4 (most), whichever way the instrument scores. */
    static int severity(Instrument instrument, Band band) {
        List<Band> list = instrument.bands();
        int i = list.indexOf(band);
        int severity = instrument.direction() == Direction.HIGHER_IS_BETTER ? list.size() - 1 - i : i;
        return Math.max(0, Math.min(severity, 4));
    }

    private static ScoreChart draw(
            Instrument instrument, List<MeasureResponse> responses, ZoneId zone, int width, int height) {
        int min = instrument.totalRange().min();
        int max = instrument.totalRange().max();
        int plotW = width - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        List<Area> bands = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Band> list = instrument.bands();
        for (int i = 0; i < list.size(); i++) {
            Band b = list.get(i);
            double top = y(Math.min(b.max() + 0.5, max), min, max, plotH);
            double bottom = y(Math.max(b.min() - 0.5, min), min, max, plotH);
            int severity = severity(instrument, b);
            bands.add(new Area(
                    LEFT,
                    (int) Math.round(top),
                    plotW,
                    (int) Math.round(bottom - top),
                    "measure-chart__band measure-chart__band--" + severity,
                    b.clinicalLabel()));
            labels.add(new Label(LEFT - 6, y(b.min(), min, max, plotH) + 4, String.valueOf(b.min()), "end"));
        }
        labels.add(new Label(LEFT - 6, y(max, min, max, plotH) + 4, String.valueOf(max), "end"));
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        if (!responses.isEmpty()) {
            Instant first = responses.get(0).completedAt();
            Instant last = responses.get(responses.size() - 1).completedAt();
            double span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
            for (MeasureResponse r : responses) {
                int value = value(r);
                double x = responses.size() == 1
                        ? LEFT + plotW / 2.0
                        : LEFT + plotW * (r.completedAt().getEpochSecond() - first.getEpochSecond()) / span;
                double y = y(value, min, max, plotH);
                dots.add(new Dot(round(x), round(y), DAY.format(r.completedAt().atZone(zone)) + ": " + value));
                line.append(line.isEmpty() ? "" : " ")
                        .append(round(x))
                        .append(',')
                        .append(round(y));
            }
            labels.add(new Label(LEFT, height - 10, DAY.format(first.atZone(zone)), "start"));
            if (responses.size() > 1) {
                labels.add(new Label(width - RIGHT, height - 10, DAY.format(last.atZone(zone)), "end"));
            }
        }
        String description = instrument.shortName() + " totals over time, " + responses.size() + " responses"
                + (responses.isEmpty() ? "" : ", latest " + value(responses.get(responses.size() - 1)))
                + (width == WIDTH
                        ? "; the table below lists every value."
                        : "; the questionnaires page lists every value.");
        return new ScoreChart(width, height, bands, line.toString(), dots, labels, description);
    }

    static int value(MeasureResponse r) {
        return r.total() != null ? r.total() : r.count() == null ? 0 : r.count();
    }

    private static double y(double value, int min, int max, int plotH) {
        return TOP + plotH * (1 - (value - min) / (double) (max - min));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
