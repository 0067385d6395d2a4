package app.tandem.checkin.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CheckInPatternTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDailyCheckerSilentForFourDaysHasStopped() {
        TreeSet<LocalDate> days = everyNthDay(TODAY.minusDays(4), 1, 20);

        assertThat(CheckInPattern.silence(days, TODAY)).hasValueSatisfying(s -> {
            assertThat(s.days()).isEqualTo(4);
            assertThat(s.usualGap()).isEqualTo(1.0);
            assertThat(s.allowed()).isEqualTo(3);
            assertThat(s.severity()).isEqualTo(1);
        });
    }

    @Test
    void aDailyCheckerSilentForThreeDaysHasNot() {
        assertThat(CheckInPattern.silence(everyNthDay(TODAY.minusDays(3), 1, 20), TODAY))
                .isEmpty();
    }

    @Test
    void aWeeklyCheckerIsJudgedByTheirOwnRhythm() {
        TreeSet<LocalDate> weekly = everyNthDay(TODAY.minusDays(10), 7, 4);
        assertThat(CheckInPattern.silence(weekly, TODAY)).isEmpty();
        assertThat(CheckInPattern.silence(weekly, TODAY.plusDays(6))).hasValueSatisfying(s -> {
            assertThat(s.usualGap()).isEqualTo(7.0);
            assertThat(s.allowed()).isEqualTo(15);
        });
    }

    @Test
    void aLongSilenceIsStronger() {
        assertThat(CheckInPattern.silence(everyNthDay(TODAY.minusDays(9), 1, 20), TODAY))
                .hasValueSatisfying(s -> assertThat(s.severity()).isEqualTo(2));
    }

    @Test
    void someoneWhoRarelyChecksInDoesNotUsuallyCheckIn() {
        assertThat(CheckInPattern.silence(everyNthDay(TODAY.minusDays(20), 1, 3), TODAY))
                .isEmpty();
        assertThat(CheckInPattern.silence(new TreeSet<>(), TODAY)).isEmpty();
    }

    /** {@code count} days ending on {@code last}, {@code gap} days apart. */
    private static TreeSet<LocalDate> everyNthDay(LocalDate last, int gap, int count) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            days.add(last.minusDays((long) i * gap));
        }
        return days;
    }
}
