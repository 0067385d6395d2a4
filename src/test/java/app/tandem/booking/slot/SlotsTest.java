package app.tandem.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.booking.WeeklyHours;
import app.tandem.shared.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final UserId MAYA = UserId.random();

    private static Availability hours(BookingRules rules, List<DateException> exceptions, WeeklyHours... weekly) {
        return new Availability(MAYA, NEW_YORK, List.of(weekly), exceptions, rules);
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK)
                .toInstant();
    }

    private static List<Slot> free(Availability a, List<Instant> booked, String now, String from, String to) {
        return Slots.free(a, booked, at(now), at(from), at(to));
    }

    private static final BookingRules NO_LIMITS = BookingRules.of(0, 0, 60);

    @Test
    void cutsWeeklyHoursIntoFifteenMinuteSlotsInTheTherapistsZone() {
        // Tuesday 1 December 2026, 09:00-10:00 New York is 14:00-15:00 UTC
        Availability a = hours(
                NO_LIMITS, List.of(), new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));

        List<Slot> slots = free(a, List.of(), "2026-11-29T08:00", "2026-11-30T00:00", "2026-12-07T00:00");

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        Instant.parse("2026-12-01T14:00:00Z"),
                        Instant.parse("2026-12-01T14:15:00Z"),
                        Instant.parse("2026-12-01T14:30:00Z"),
                        Instant.parse("2026-12-01T14:45:00Z"));
        assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2026-12-01T14:15:00Z"));
        assertThat(slots).allMatch(s -> s.therapist().equals(MAYA));
    }

    @Test
    void leavesOutSlotsWithinTheMinimumNoticeAndBeyondTheHorizon() {
        Availability a = hours(
                BookingRules.of(0, 12, 8),
                List.of(),
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));

        // now Monday 21:30: Tuesday before 09:30 is within 12 hours; the Tuesday after next is beyond 8 days
        List<Slot> slots = free(a, List.of(), "2026-11-30T21:30", "2026-11-30T00:00", "2026-12-31T00:00");

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        at("2026-12-01T09:30"),
                        at("2026-12-01T09:45"),
                        at("2026-12-08T09:00"),
                        at("2026-12-08T09:15"),
                        at("2026-12-08T09:30"),
                        at("2026-12-08T09:45"));
    }

    @Test
    void keepsTheBufferFreeAroundEveryBooking() {
        Availability a = hours(
                BookingRules.of(15, 0, 30),
                List.of(),
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 30)));

        List<Slot> slots =
                free(a, List.of(at("2026-12-01T09:30")), "2026-11-29T08:00", "2026-12-01T00:00", "2026-12-02T00:00");

        // 09:15 and 09:45 are inside the 15-minute buffer, 09:30 is taken
        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(at("2026-12-01T09:00"), at("2026-12-01T10:00"), at("2026-12-01T10:15"));
    }

    @Test
    void aDayOffRemovesTheDayAndExtraHoursAddSlots() {
        Availability a = hours(
                NO_LIMITS,
                List.of(
                        DateException.dayOff(LocalDate.of(2026, 12, 1)),
                        DateException.extraHours(LocalDate.of(2026, 12, 2), LocalTime.of(17, 0), LocalTime.of(17, 30)),
                        new DateException(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0), LocalTime.of(9, 30), false)),
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));

        List<Slot> slots = free(a, List.of(), "2026-11-29T08:00", "2026-11-30T00:00", "2026-12-09T00:00");

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        at("2026-12-02T17:00"), at("2026-12-02T17:15"), at("2026-12-08T09:30"), at("2026-12-08T09:45"));
    }

    @Test
    void theHourSkippedWhenClocksGoForwardHasNoSlots() {
        // Sunday 14 March 2027: 02:00 New York jumps to 03:00
        Availability a = hours(
                NO_LIMITS, List.of(), new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(3, 30)));

        List<Slot> slots = free(a, List.of(), "2027-03-01T00:00", "2027-03-14T00:00", "2027-03-15T00:00");

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(
                        Instant.parse("2027-03-14T06:30:00Z"), // 01:30 EST
                        Instant.parse("2027-03-14T06:45:00Z"), // 01:45 EST
                        Instant.parse("2027-03-14T07:00:00Z"), // 03:00 EDT
                        Instant.parse("2027-03-14T07:15:00Z")); // 03:15 EDT
    }

    @Test
    void theHourRepeatedWhenClocksGoBackGivesEachLocalTimeOnce() {
        // Sunday 1 November 2026: 02:00 EDT falls back to 01:00 EST
        Availability a = hours(
                NO_LIMITS, List.of(), new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(0, 30), LocalTime.of(2, 30)));

        List<Slot> slots = free(a, List.of(), "2026-10-20T00:00", "2026-11-01T00:00", "2026-11-02T00:00");

        assertThat(slots).hasSize(8);
        assertThat(slots)
                .extracting(Slot::start)
                .doesNotHaveDuplicates()
                .startsWith(Instant.parse("2026-11-01T04:30:00Z")); // 00:30 EDT
        assertThat(slots.get(slots.size() - 1).start()).isEqualTo(Instant.parse("2026-11-01T07:15:00Z")); // 02:15 EST
    }

    @Test
    void weeklyHoursFollowTheLocalClockAcrossAChangeOfOffset() {
        Availability a =
                hours(NO_LIMITS, List.of(), new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 15)));

        List<Slot> slots = free(a, List.of(), "2026-10-20T00:00", "2026-10-26T00:00", "2026-11-03T00:00");

        // 09:00 is 13:00 UTC in summer time and 14:00 UTC after the clocks went back
        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(Instant.parse("2026-10-26T13:00:00Z"), Instant.parse("2026-11-02T14:00:00Z"));
    }

    @Test
    void aSlotIsFreeOnlyWhileNobodyHasIt() {
        Availability a = hours(
                NO_LIMITS, List.of(), new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        Instant nine = at("2026-12-01T09:00");

        assertThat(Slots.isFree(a, List.of(), at("2026-11-29T08:00"), nine)).isTrue();
        assertThat(Slots.isFree(a, List.of(nine), at("2026-11-29T08:00"), nine)).isFalse();
        assertThat(Slots.isFree(a, List.of(), at("2026-11-29T08:00"), nine.plusSeconds(60)))
                .isFalse();
    }
}
