package app.tandem.checkin.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InsightsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void sleepInsightShowsWhenNextDayMoodClearlyFollowsSleep() {
        List<Insights.Entry> entries = sleepDriven(30, 1.0, 0.5, 1);
        Insight insight = Insights.sleepAndNextDayMood(entries).orElseThrow();
        assertThat(insight.n()).isEqualTo(29);
        assertThat(insight.statistic()).isGreaterThan(0.5);
        assertThat(insight.lower()).isGreaterThan(0);
        assertThat(insight.key()).isEqualTo("sleep.groups.higher");
        assertThat((double) insight.args().get(0)).isGreaterThan(1.0);
    }

    @Test
    void sleepInsightNeedsFourteenPairs() {
        assertThat(Insights.sleepAndNextDayMood(sleepDriven(14, 1.0, 0.1, 2))).isEmpty(); // 13 pairs
        assertThat(Insights.sleepAndNextDayMood(sleepDriven(15, 1.0, 0.1, 2))).isPresent(); // 14 pairs
    }

    @Test
    void sleepInsightIsHiddenWhenTheIntervalIncludesZero() {
        // mood unrelated to sleep: pure noise
        assertThat(Insights.sleepAndNextDayMood(sleepDriven(40, 0.0, 2.0, 3))).isEmpty();
    }

    @Test
    void sleepIsPairedWithTheNextDaysMoodNotTheSameDays() {
        List<Insights.Entry> entries = new ArrayList<>();
        Random random = new Random(4);
        for (int i = 0; i < 30; i++) {
            double sleep = 5 + random.nextInt(6);
            // same-day mood follows sleep perfectly, next-day mood does not
            entries.add(new Insights.Entry(TODAY.minusDays(60 - i), (int) sleep, sleep));
        }
        Insight insight = Insights.sleepAndNextDayMood(entries).orElse(null);
        assertThat(insight == null || insight.statistic() < 0.9).isTrue();
    }

    @Test
    void weekdayPatternShowsWithThreeCheckInsEachAndAOnePointDifference() {
        List<Insights.Entry> entries = new ArrayList<>();
        LocalDate monday = TODAY.with(DayOfWeek.MONDAY).minusWeeks(5);
        for (int w = 0; w < 3; w++) {
            entries.add(new Insights.Entry(monday.plusWeeks(w), 4, null));
            entries.add(new Insights.Entry(monday.plusWeeks(w).plusDays(5), 6, null)); // Saturday
        }
        Insight insight = Insights.weekdays(entries).orElseThrow();
        assertThat(insight.args()).containsExactly(2.0, "Mondays", "Saturdays");
        assertThat(insight.n()).isEqualTo(6);
    }

    @Test
    void weekdayPatternHiddenWithTooFewCheckInsOrASmallDifference() {
        List<Insights.Entry> few = new ArrayList<>();
        LocalDate monday = TODAY.with(DayOfWeek.MONDAY).minusWeeks(5);
        for (int w = 0; w < 2; w++) {
            few.add(new Insights.Entry(monday.plusWeeks(w), 2, null));
            few.add(new Insights.Entry(monday.plusWeeks(w).plusDays(5), 9, null));
        }
        assertThat(Insights.weekdays(few)).isEmpty();
        List<Insights.Entry> close = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            close.add(new Insights.Entry(monday.plusWeeks(w), 5, null));
            close.add(new Insights.Entry(monday.plusWeeks(w).plusDays(5), w == 0 ? 6 : 5, null)); // 0.25 apart
        }
        assertThat(Insights.weekdays(close)).isEmpty();
    }

    @Test
    void risingTrendShowsWhenTheSlopeIntervalExcludesZero() {
        List<Insights.Entry> entries = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 30; i++) {
            int mood = (int) Math.round(Math.min(10, 3 + i * 0.15 + random.nextGaussian() * 0.6));
            entries.add(new Insights.Entry(TODAY.minusDays(29 - i), mood, null));
        }
        Insight insight = Insights.trend(entries, TODAY).orElseThrow();
        assertThat(insight.key()).isEqualTo("trend.rising");
        assertThat(insight.lower()).isGreaterThan(0);
        assertThat(insight.statistic() * 7).isBetween(0.5, 1.6);
    }

    @Test
    void flatNoisyMoodShowsNoTrendAndFewDaysShowNothing() {
        List<Insights.Entry> flat = new ArrayList<>();
        int[] moods = {5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4};
        for (int i = 0; i < 30; i++) {
            flat.add(new Insights.Entry(TODAY.minusDays(29 - i), moods[i], null));
        }
        assertThat(Insights.trend(flat, TODAY)).isEmpty();
        List<Insights.Entry> few = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            few.add(new Insights.Entry(TODAY.minusDays(8 - i), i, null)); // steep but only 9 days
        }
        assertThat(Insights.trend(few, TODAY)).isEmpty();
    }

    @Test
    void checkInsOlderThanThirtyDaysDoNotCountForTheTrend() {
        List<Insights.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(new Insights.Entry(TODAY.minusDays(80 - i), i / 3, null));
        }
        assertThat(Insights.trend(entries, TODAY)).isEmpty();
    }

    /** Sleep on day i drives mood on day i+1 with the given strength plus noise. */
    private static List<Insights.Entry> sleepDriven(int days, double strength, double noise, long seed) {
        Random random = new Random(seed);
        List<Insights.Entry> entries = new ArrayList<>();
        double previousSleep = 7;
        for (int i = 0; i < days; i++) {
            double sleep = 4 + random.nextInt(9) * 0.5 * 1.0 + (i % 2) * 0.5;
            double mood = 5 + strength * (previousSleep - 7) + random.nextGaussian() * noise;
            entries.add(new Insights.Entry(
                    TODAY.minusDays(days - i), (int) Math.max(0, Math.min(10, Math.round(mood))), sleep));
            previousSleep = sleep;
        }
        return entries;
    }
}
