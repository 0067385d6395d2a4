package app.tandem.habit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuietHoursAndProgressTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void aReminderDueInQuietHoursMovesToTheirEnd() {
        QuietHours quiet = QuietHours.DEFAULT;
        assertThat(quiet.apply(at(2026, 6, 1, 22, 30))).isEqualTo(at(2026, 6, 2, 8, 0));
        assertThat(quiet.apply(at(2026, 6, 2, 6, 0))).isEqualTo(at(2026, 6, 2, 8, 0));
        assertThat(quiet.apply(at(2026, 6, 2, 8, 0))).isEqualTo(at(2026, 6, 2, 8, 0));
        assertThat(quiet.apply(at(2026, 6, 2, 20, 59))).isEqualTo(at(2026, 6, 2, 20, 59));
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(afternoon.apply(at(2026, 6, 2, 14, 0))).isEqualTo(at(2026, 6, 2, 15, 0));
        assertThat(QuietHours.NONE.apply(at(2026, 6, 2, 3, 0))).isEqualTo(at(2026, 6, 2, 3, 0));
    }

    @Test
    void progressSaysHowManyOfTheLastSevenDaysWereDone() {
        HabitSchedule daily = HabitSchedule.daily(ZONE, TODAY.minusDays(30), LocalTime.of(8, 0));
        Map<LocalDate, DayMark> marks = new HashMap<>();
        for (int i = 1; i <= 6; i++) {
            marks.put(TODAY.minusDays(i), i == 3 ? DayMark.MISSED : DayMark.DONE);
        }
        Progress p = Progress.of(daily, marks, TODAY, 7);
        assertThat(p.done()).isEqualTo(5);
        assertThat(p.counted()).isEqualTo(6); // today is still open: not counted against the client
    }

    @Test
    void aPlannedSkipCostsNothingButAMissFadesStrengthGradually() {
        HabitSchedule daily = HabitSchedule.daily(ZONE, TODAY.minusDays(60), LocalTime.of(8, 0));
        Map<LocalDate, DayMark> allDone = new HashMap<>();
        for (int i = 1; i <= 60; i++) {
            allDone.put(TODAY.minusDays(i), DayMark.DONE);
        }
        Map<LocalDate, DayMark> skipped = new HashMap<>(allDone);
        skipped.put(TODAY.minusDays(1), DayMark.SKIPPED);
        Map<LocalDate, DayMark> missed = new HashMap<>(allDone);
        missed.put(TODAY.minusDays(1), DayMark.MISSED);

        Progress full = Progress.of(daily, allDone, TODAY, 7);
        Progress afterSkip = Progress.of(daily, skipped, TODAY, 7);
        Progress afterMiss = Progress.of(daily, missed, TODAY, 7);
        assertThat(afterSkip.done()).isEqualTo(5);
        assertThat(afterSkip.counted()).isEqualTo(5); // "5 of 5", not "5 of 6"
        assertThat(afterMiss.done()).isEqualTo(5);
        assertThat(afterMiss.counted()).isEqualTo(6);
        assertThat(afterSkip.strength()).isGreaterThanOrEqualTo(full.strength() - 1);
        assertThat(afterMiss.strength()).isLessThan(full.strength()).isGreaterThan(full.strength() - 10);
    }

    @Test
    void daysTheHabitIsNotPlannedForDoNotCount() {
        HabitSchedule everyOther = HabitSchedule.everyNDays(ZONE, TODAY.minusDays(6), 2, LocalTime.of(8, 0));
        Map<LocalDate, DayMark> marks = new HashMap<>();
        marks.put(TODAY.minusDays(6), DayMark.DONE);
        marks.put(TODAY.minusDays(4), DayMark.DONE);
        marks.put(TODAY.minusDays(2), DayMark.DONE);
        marks.put(TODAY, DayMark.DONE);
        Progress p = Progress.of(everyOther, marks, TODAY, 7);
        assertThat(p.done()).isEqualTo(4);
        assertThat(p.counted()).isEqualTo(4);
    }

    static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, ZONE);
    }
}
