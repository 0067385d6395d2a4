package app.tandem.appointment.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySeriesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void keepsTheWallClockTimeAcrossTheAutumnChange() {
        // 2026-11-01 is the first Sunday of November: New York goes from UTC-4 to UTC-5
        List<Instant> starts = new WeeklySeries(LocalDate.of(2026, 10, 26), LocalTime.of(9, 0), 3, NEW_YORK).starts();

        assertThat(starts).extracting(s -> s.atZone(NEW_YORK).toLocalTime()).containsOnly(LocalTime.of(9, 0));
        assertThat(starts)
                .extracting(s -> s.atZone(NEW_YORK).toLocalDate())
                .containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));
        assertThat(Duration.between(starts.get(0), starts.get(1))).isEqualTo(Duration.ofHours(169));
        assertThat(Duration.between(starts.get(1), starts.get(2))).isEqualTo(Duration.ofHours(168));
    }

    @Test
    void aTimeInTheSpringGapMovesForwardLikeTheClocks() {
        // 2027-03-14 02:30 does not exist in New York (02:00 -> 03:00)
        List<Instant> starts = new WeeklySeries(LocalDate.of(2027, 3, 7), LocalTime.of(2, 30), 2, NEW_YORK).starts();

        assertThat(starts.get(1))
                .isEqualTo(ZonedDateTime.of(2027, 3, 14, 3, 30, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void aSeriesHasOneToFiftyTwoWeeks() {
        assertThat(new WeeklySeries(LocalDate.of(2026, 1, 5), LocalTime.NOON, 1, NEW_YORK).starts())
                .hasSize(1);
        assertThat(new WeeklySeries(LocalDate.of(2026, 1, 5), LocalTime.NOON, 52, NEW_YORK).starts())
                .hasSize(52);
        assertThatThrownBy(() -> new WeeklySeries(LocalDate.of(2026, 1, 5), LocalTime.NOON, 0, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklySeries(LocalDate.of(2026, 1, 5), LocalTime.NOON, 53, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
