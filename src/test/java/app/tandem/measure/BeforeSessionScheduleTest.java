package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Before each session": open the two days before a session, missed when it starts without a response. */
class BeforeSessionScheduleTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final AssignmentSchedule SCHEDULE =
            AssignmentSchedule.beforeEachSession(LocalDate.of(2026, 11, 1), NEW_YORK);
    static final Instant SESSION = at("2026-11-10T15:00");
    static final Instant NEXT = at("2026-11-17T15:00");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    @Test
    void isDueFromTwoDaysBeforeASessionUntilItStarts() {
        List<Instant> sessions = List.of(SESSION, NEXT);
        assertThat(SCHEDULE.dueBeforeSession(sessions, List.of(), at("2026-11-08T14:59")))
                .isEmpty();
        assertThat(SCHEDULE.dueBeforeSession(sessions, List.of(), at("2026-11-08T15:00")))
                .contains(SESSION);
        assertThat(SCHEDULE.dueBeforeSession(sessions, List.of(), at("2026-11-10T14:59")))
                .contains(SESSION);
        assertThat(SCHEDULE.dueBeforeSession(sessions, List.of(), at("2026-11-10T15:00")))
                .isEmpty();
    }

    @Test
    void aResponseInTheWindowSatisfiesItAndOneBeforeDoesNot() {
        List<Instant> sessions = List.of(SESSION);
        Instant now = at("2026-11-10T16:00");
        assertThat(SCHEDULE.missedSessions(sessions, List.of(at("2026-11-09T20:00")), now))
                .isEmpty();
        assertThat(SCHEDULE.missedSessions(sessions, List.of(at("2026-11-07T20:00")), now))
                .containsExactly(SESSION);
        assertThat(SCHEDULE.dueBeforeSession(List.of(SESSION), List.of(at("2026-11-09T20:00")), at("2026-11-10T09:00")))
                .isEmpty();
    }

    @Test
    void sessionsBeforeTheAssignmentStartedDoNotCount() {
        Instant earlier = at("2026-10-27T15:00");
        assertThat(SCHEDULE.missedSessions(List.of(earlier, SESSION), List.of(), at("2026-11-11T00:00")))
                .containsExactly(SESSION);
    }

    @Test
    void hasAFixedTwoDayWindowAndNoDateOccurrences() {
        AssignmentSchedule fromForm = new AssignmentSchedule(
                AssignmentSchedule.Recurrence.BEFORE_SESSION, 3, LocalDate.of(2026, 11, 1), 9, NEW_YORK);
        assertThat(fromForm.windowDays()).isEqualTo(2);
        assertThat(fromForm.interval()).isEqualTo(1);
        assertThat(fromForm.occurrencesBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)))
                .isEmpty();
    }
}
