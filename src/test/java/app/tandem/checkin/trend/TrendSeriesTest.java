package app.tandem.checkin.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendSeriesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void severalCheckInsOnOneDayAreAveragedAndMissingDaysAreGaps() {
        TrendSeries s = TrendSeries.of(
                START,
                START.plusDays(2),
                List.of(
                        new TrendSeries.Reading(START, 4),
                        new TrendSeries.Reading(START, 7),
                        new TrendSeries.Reading(START.plusDays(2), 6)));
        assertThat(s.daily()).containsExactly(5.5, null, 6.0);
        assertThat(s.daysWithData()).isEqualTo(2);
    }

    @Test
    void readingsOutsideTheRangeAreIgnored() {
        TrendSeries s = TrendSeries.of(START, START, List.of(new TrendSeries.Reading(START.minusDays(1), 9)));
        assertThat(s.daily()).containsExactly((Double) null);
    }

    @Test
    void movingAverageTrailsSevenDaysAndNeedsThreeDaysOfData() {
        List<TrendSeries.Reading> readings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            if (i != 3) {
                readings.add(new TrendSeries.Reading(START.plusDays(i), i));
            }
        }
        TrendSeries s = TrendSeries.of(START, START.plusDays(9), readings);
        assertThat(s.movingAverage().get(0)).isNull();
        assertThat(s.movingAverage().get(1)).isNull();
        assertThat(s.movingAverage().get(2)).isEqualTo(1.0); // (0+1+2)/3
        assertThat(s.movingAverage().get(3)).isEqualTo(1.0); // day 3 missing, same three days
        assertThat(s.movingAverage().get(9)).isEqualTo((4 + 5 + 6 + 7 + 8 + 9) / 6.0); // days 3..9, day 3 missing
    }
}
