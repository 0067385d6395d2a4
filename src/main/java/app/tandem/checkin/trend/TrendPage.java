package app.tandem.checkin.trend;

import java.time.LocalDate;
import java.util.List;

/** Everything a trends page shows: four charts over the chosen days, the numbers behind them, and insights. */
public record TrendPage(
        int days, LocalDate from, LocalDate to, List<Chart> charts, List<Row> rows, List<Insight> insights) {

    /** One measure's chart: its series and the rendered SVG. */
    public record Chart(String metric, TrendSeries series, String svg) {}

    /** One day of the data table (null where nothing was recorded). */
    public record Row(LocalDate day, Double mood, Double anxiety, Double sleepHours, Double energy) {

        public boolean empty() {
            return mood == null && anxiety == null && sleepHours == null && energy == null;
        }
    }

    public Chart chart(String metric) {
        return charts.stream()
                .filter(c -> c.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }
}
