package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentScheduleTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void everyTwoWeeksFallsOnTheSameWeekdayAcrossTheSpringDstChange() {
        AssignmentSchedule s = AssignmentSchedule.everyWeeks(2, LocalDate.of(2026, 2, 23), 3, NEW_YORK);
        assertThat(s.occurrencesBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 23));
        // 8 March 2026 has 23 hours in New York; the window still closes at local midnight.
        AssignmentSchedule daily = AssignmentSchedule.everyDays(1, LocalDate.of(2026, 3, 1), 1, NEW_YORK);
        assertThat(daily.windowClosesAt(LocalDate.of(2026, 3, 8))).isEqualTo(at("2026-03-09T00:00"));
        assertThat(daily.windowClosesAt(LocalDate.of(2026, 3, 8)).getEpochSecond()
                        - daily.windowOpensAt(LocalDate.of(2026, 3, 8)).getEpochSecond())
                .isEqualTo(23 * 3600);
    }

    @Test
    void theWindowClosesAtLocalMidnightAcrossTheAutumnDstChange() {
        AssignmentSchedule s = AssignmentSchedule.once(LocalDate.of(2026, 10, 31), 2, NEW_YORK);
        assertThat(s.windowClosesAt(LocalDate.of(2026, 10, 31))).isEqualTo(at("2026-11-02T00:00"));
        assertThat(s.satisfiedBy(LocalDate.of(2026, 10, 31), at("2026-11-01T23:59")))
                .isTrue();
        assertThat(s.satisfiedBy(LocalDate.of(2026, 10, 31), at("2026-11-02T00:00")))
                .isFalse();
    }

    @Test
    void dueOnIsTheOccurrenceWhoseWindowContainsTheDay() {
        AssignmentSchedule s = AssignmentSchedule.everyDays(7, LocalDate.of(2026, 1, 5), 3, NEW_YORK);
        assertThat(s.dueOn(LocalDate.of(2026, 1, 4))).isEmpty();
        assertThat(s.dueOn(LocalDate.of(2026, 1, 5))).contains(LocalDate.of(2026, 1, 5));
        assertThat(s.dueOn(LocalDate.of(2026, 1, 7))).contains(LocalDate.of(2026, 1, 5));
        assertThat(s.dueOn(LocalDate.of(2026, 1, 8))).isEmpty();
        assertThat(s.dueOn(LocalDate.of(2026, 1, 12))).contains(LocalDate.of(2026, 1, 12));
    }

    @Test
    void aCompletionInsideTheWindowMeansNothingIsDueNow() {
        AssignmentSchedule s = AssignmentSchedule.everyWeeks(1, LocalDate.of(2026, 1, 5), 3, NEW_YORK);
        Instant now = at("2026-01-06T10:00");
        assertThat(s.dueNow(List.of(), now)).contains(LocalDate.of(2026, 1, 5));
        assertThat(s.dueNow(List.of(at("2026-01-05T08:00")), now)).isEmpty();
        assertThat(s.dueNow(List.of(at("2026-01-04T23:59")), now))
                .as("before the window opened")
                .contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void anOccurrenceIsMissedOnlyOnceItsWindowHasClosedWithoutACompletion() {
        AssignmentSchedule s = AssignmentSchedule.everyWeeks(1, LocalDate.of(2026, 1, 5), 2, NEW_YORK);
        List<Instant> done = List.of(at("2026-01-13T21:00"));
        assertThat(s.missed(done, at("2026-01-20T12:00"))).containsExactly(LocalDate.of(2026, 1, 5));
        assertThat(s.missed(done, at("2026-01-20T23:59")))
                .as("the 19th is still open until midnight")
                .containsExactly(LocalDate.of(2026, 1, 5));
        assertThat(s.missed(done, at("2026-01-21T00:00")))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19));
    }

    @Test
    void aOnceAssignmentHasASingleOccurrence() {
        AssignmentSchedule s = AssignmentSchedule.once(LocalDate.of(2026, 5, 1), 5, NEW_YORK);
        assertThat(s.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 5, 1));
        assertThat(s.dueOn(LocalDate.of(2026, 5, 5))).contains(LocalDate.of(2026, 5, 1));
        assertThat(s.dueOn(LocalDate.of(2026, 5, 6))).isEmpty();
    }

    @Test
    void aWindowLongerThanTheIntervalIsRefused() {
        assertThatThrownBy(() -> AssignmentSchedule.everyDays(3, LocalDate.of(2026, 1, 1), 4, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> AssignmentSchedule.everyWeeks(0, LocalDate.of(2026, 1, 1), 1, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
