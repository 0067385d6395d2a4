package app.tandem.site;

import app.tandem.shared.today.MoodWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The design system's sparkline for a week of mood (0-10): one dot per day with a check-in, lines only between
 * neighbouring days that both have one, so a day without a check-in is a gap, never a zero; and the values in words
 * for screen readers.
 *
 * @param lines the {@code points} of each polyline (two or more days in a row)
 * @param dots each day with a mood
 * @param label the text alternative ("Mood over the last 7 days ...: Mon 7, Tue no check-in, ...")
 * @param dayNames the days' short names under the chart, each centred under its day's column
 */
record MoodSparkline(List<String> lines, List<Dot> dots, String label, List<String> dayNames) {

    static final int WIDTH = 140;
    static final int HEIGHT = 32;
    private static final int PAD = 4;

    record Dot(double x, double y) {}

    static MoodSparkline of(MoodWeek week, MessageSource messages, Locale locale) {
        List<MoodWeek.Day> days = week.days();
        double column = (double) WIDTH / Math.max(1, days.size()); // a day's dot sits in the middle of its column
        List<String> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            MoodWeek.Day d = days.get(i);
            String name = d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
            names.add(name);
            if (d.mood() == null) {
                flush(run, lines);
                words.add(messages.getMessage("client.home.mood.gap", new Object[] {name}, locale));
                continue;
            }
            Dot dot = new Dot(round(column * (i + 0.5)), round(HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * d.mood() / 10));
            dots.add(dot);
            run.add(String.format(Locale.ROOT, "%.1f,%.1f", dot.x(), dot.y()));
            words.add(messages.getMessage("client.home.mood.day", new Object[] {name, Math.round(d.mood())}, locale));
        }
        flush(run, lines);
        String label = messages.getMessage(
                "client.home.mood.label", new Object[] {words.stream().collect(Collectors.joining(", "))}, locale);
        return new MoodSparkline(List.copyOf(lines), List.copyOf(dots), label, List.copyOf(names));
    }

    private static void flush(List<String> run, List<String> lines) {
        if (run.size() > 1) {
            lines.add(String.join(" ", run));
        }
        run.clear();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
