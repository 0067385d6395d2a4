package app.tandem.shared.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A small chart in a brief: one value per day (mood, anxiety, sleep), on a fixed scale.
 *
 * @param label what is drawn ("Mood")
 * @param min the scale's lowest value
 * @param max the scale's highest value
 * @param points the days with a value, oldest first
 */
public record BriefSeries(String label, double min, double max, List<Point> points) {

    public BriefSeries {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
    }

    /** A day's value. */
    public record Point(LocalDate day, double value) {}
}
