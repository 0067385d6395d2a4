package app.tandem.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalDayTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void halfPastMidnightCountsForTheNewDay() {
        Instant at = Instant.parse("2026-06-10T04:30:00Z"); // 00:30 EDT
        assertThat(LocalDay.of(at, NEW_YORK)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(LocalDay.of(at.minusSeconds(3600), NEW_YORK)).isEqualTo(LocalDate.of(2026, 6, 9));
    }

    @Test
    void theDayIsTheClientsNotTheServers() {
        Instant at = Instant.parse("2026-06-10T02:00:00Z"); // 22:00 the evening before in New York
        assertThat(LocalDay.of(at, NEW_YORK)).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(LocalDay.of(at, ZoneId.of("Europe/Berlin"))).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void springForwardDayHas23HoursAllOnTheSameDate() {
        // 2026-03-08: 02:00 EST jumps to 03:00 EDT
        Instant start = LocalDateTime.of(2026, 3, 8, 0, 0).atZone(NEW_YORK).toInstant();
        Instant end = LocalDateTime.of(2026, 3, 9, 0, 0).atZone(NEW_YORK).toInstant();
        assertThat(java.time.Duration.between(start, end).toHours()).isEqualTo(23);
        assertThat(LocalDay.of(start, NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(LocalDay.of(end.minusSeconds(1), NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(LocalDay.of(end, NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aTypedTimeInTheSpringForwardGapMovesForwardAndStaysOnTheDay() {
        Instant at = LocalDay.instantOf(LocalDateTime.of(2026, 3, 8, 2, 30), NEW_YORK);
        assertThat(at).isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
        assertThat(LocalDay.of(at, NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void fallBackDayHas25HoursAllOnTheSameDate() {
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice
        Instant start = LocalDateTime.of(2026, 11, 1, 0, 0).atZone(NEW_YORK).toInstant();
        Instant end = LocalDateTime.of(2026, 11, 2, 0, 0).atZone(NEW_YORK).toInstant();
        assertThat(java.time.Duration.between(start, end).toHours()).isEqualTo(25);
        Instant firstHalfPastOne = Instant.parse("2026-11-01T05:30:00Z");
        Instant secondHalfPastOne = Instant.parse("2026-11-01T06:30:00Z");
        assertThat(LocalDay.of(firstHalfPastOne, NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDay.of(secondHalfPastOne, NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDay.of(end.minusSeconds(1), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDay.instantOf(LocalDateTime.of(2026, 11, 1, 1, 30), NEW_YORK))
                .isEqualTo(firstHalfPastOne);
    }

    @Test
    void halfPastMidnightAfterFallBackIsTheNextDay() {
        Instant at = LocalDay.instantOf(LocalDateTime.of(2026, 11, 2, 0, 30), NEW_YORK);
        assertThat(at).isEqualTo(Instant.parse("2026-11-02T05:30:00Z"));
        assertThat(LocalDay.of(at, NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
