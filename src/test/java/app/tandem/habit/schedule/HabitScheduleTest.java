package app.tandem.habit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HabitScheduleTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "America/New_York, 2026-03-06, 2026-03-12", // spring forward 8 Mar 2026
        "America/New_York, 2026-10-29, 2026-11-04", // fall back 1 Nov 2026
        "America/New_York, 2027-03-11, 2027-03-17", // spring forward 14 Mar 2027
        "America/New_York, 2027-11-04, 2027-11-10", // fall back 7 Nov 2027
        "Europe/London, 2026-03-26, 2026-04-01", // 29 Mar 2026
        "Europe/London, 2026-10-22, 2026-10-28", // 25 Oct 2026
        "Europe/London, 2027-03-25, 2027-03-31", // 28 Mar 2027
        "Europe/London, 2027-10-28, 2027-11-03" // 31 Oct 2027
    })
    void aDailyEightOClockFiresAtEightLocalOnBothSidesOfEachTransition(String zoneId, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.of(zoneId);
        HabitSchedule walk = HabitSchedule.daily(zone, LocalDate.of(2026, 1, 1), LocalTime.of(8, 0));
        List<ZonedDateTime> fired =
                occurrences(walk, from.atStartOfDay(zone), to.plusDays(1).atStartOfDay(zone));
        assertThat(fired).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
        assertThat(fired).allSatisfy(at -> assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(8, 0)));
        assertThat(fired.stream().map(ZonedDateTime::getOffset).distinct()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} {1} at {2} fires at {3}")
    @CsvSource({
        "America/New_York, 2026-03-08, 02:30, 03:00",
        "America/New_York, 2027-03-14, 02:00, 03:00",
        "Europe/London, 2026-03-29, 01:30, 02:00",
        "Europe/London, 2027-03-28, 01:15, 02:00"
    })
    void aTimeSkippedBySpringForwardFiresAtTheFirstValidTime(
            String zoneId, LocalDate day, LocalTime time, LocalTime expected) {
        ZoneId zone = ZoneId.of(zoneId);
        HabitSchedule s = HabitSchedule.daily(zone, LocalDate.of(2026, 1, 1), time);
        ZonedDateTime next = s.nextAfter(day.atStartOfDay(zone));
        assertThat(next.toLocalDate()).isEqualTo(day);
        assertThat(next.toLocalTime()).isEqualTo(expected);
        assertThat(s.nextAfter(next).toLocalDate()).isEqualTo(day.plusDays(1));
        assertThat(s.nextAfter(next).toLocalTime()).isEqualTo(time);
    }

    @ParameterizedTest(name = "{0} {1} at {2} fires once")
    @CsvSource({
        "America/New_York, 2026-11-01, 01:30",
        "America/New_York, 2027-11-07, 01:00",
        "Europe/London, 2026-10-25, 01:30",
        "Europe/London, 2027-10-31, 01:45"
    })
    void aTimeRepeatedByFallBackFiresOnce(String zoneId, LocalDate day, LocalTime time) {
        ZoneId zone = ZoneId.of(zoneId);
        HabitSchedule s = HabitSchedule.daily(zone, LocalDate.of(2026, 1, 1), time);
        List<ZonedDateTime> fired =
                occurrences(s, day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone));
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).toLocalDateTime()).isEqualTo(LocalDateTime.of(day, time));
        assertThat(fired.get(0).getOffset())
                .isEqualTo(zone.getRules()
                        .getValidOffsets(LocalDateTime.of(day, time))
                        .get(0));
    }

    @Test
    void chosenWeekdaysOnlyFallOnThoseDays() {
        HabitSchedule s = HabitSchedule.onWeekdays(
                LONDON, LocalDate.of(2026, 6, 1), Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0));
        List<ZonedDateTime> fired = occurrences(
                s,
                LocalDate.of(2026, 6, 1).atStartOfDay(LONDON),
                LocalDate.of(2026, 6, 15).atStartOfDay(LONDON));
        assertThat(fired).extracting(z -> z.toLocalDate().getDayOfMonth()).containsExactly(1, 4, 8, 11);
    }

    @Test
    void everyThirdDayCountsFromTheStartAndSeveralTimesADayFireInOrder() {
        HabitSchedule s = HabitSchedule.everyNDays(
                NEW_YORK, LocalDate.of(2026, 6, 2), 3, LocalTime.of(20, 0), LocalTime.of(9, 0));
        List<ZonedDateTime> fired = occurrences(
                s,
                LocalDate.of(2026, 6, 1).atStartOfDay(NEW_YORK),
                LocalDate.of(2026, 6, 9).atStartOfDay(NEW_YORK));
        assertThat(fired)
                .extracting(z -> z.toLocalDate().getDayOfMonth() + "@" + z.getHour())
                .containsExactly("2@9", "2@20", "5@9", "5@20", "8@9", "8@20");
    }

    @Test
    void changingTheZoneMovesFutureOccurrencesToTheNewLocalTime() {
        HabitSchedule ny = HabitSchedule.daily(NEW_YORK, LocalDate.of(2026, 1, 1), LocalTime.of(8, 0));
        ZonedDateTime now = ZonedDateTime.of(2026, 6, 1, 12, 0, 0, 0, LONDON);
        assertThat(ny.inZone(LONDON).nextAfter(now).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 6, 2, 8, 0));
        // 12:00 in London is 07:00 in New York: the New York walk is still due today
        assertThat(ny.nextAfter(now).withZoneSameInstant(NEW_YORK).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 6, 1, 8, 0));
    }

    @Test
    void nothingIsDueBeforeTheStartAndABadScheduleIsRefused() {
        HabitSchedule s = HabitSchedule.daily(LONDON, LocalDate.of(2026, 6, 10), LocalTime.of(8, 0));
        assertThat(s.nextAfter(ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, LONDON)).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 6, 10));
        assertThatThrownBy(() -> HabitSchedule.timesPerWeek(LONDON, LocalDate.now(), 8, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HabitSchedule.daily(LONDON, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<ZonedDateTime> occurrences(HabitSchedule s, ZonedDateTime from, ZonedDateTime until) {
        List<ZonedDateTime> out = new ArrayList<>();
        ZonedDateTime at = from.minusNanos(1);
        while ((at = s.nextAfter(at)) != null && at.isBefore(until)) {
            out.add(at);
        }
        return out;
    }
}
