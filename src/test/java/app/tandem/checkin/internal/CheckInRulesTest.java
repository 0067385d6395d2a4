package app.tandem.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    @Test
    void aMoodAloneIsEnough() {
        assertThat(CheckInRules.check(draft(5, null, null), NOW)).isEmpty();
    }

    @Test
    void moodIsRequired() {
        assertThat(fields(CheckInRules.check(draft(null, null, null), NOW))).containsExactly("mood");
    }

    @Test
    void sleepIsInHalfHoursFromZeroToTwentyFour() {
        assertThat(CheckInRules.check(withSleep(0.0), NOW)).isEmpty();
        assertThat(CheckInRules.check(withSleep(6.5), NOW)).isEmpty();
        assertThat(CheckInRules.check(withSleep(24.0), NOW)).isEmpty();
        assertThat(fields(CheckInRules.check(withSleep(6.25), NOW))).containsExactly("sleepHours");
        assertThat(fields(CheckInRules.check(withSleep(24.5), NOW))).containsExactly("sleepHours");
        assertThat(fields(CheckInRules.check(withSleep(-0.5), NOW))).containsExactly("sleepHours");
    }

    @Test
    void fiveMinutesOfClockSkewIsAllowedButNotMore() {
        assertThat(CheckInRules.check(draft(5, null, NOW.plusSeconds(299)), NOW))
                .isEmpty();
        assertThat(CheckInRules.check(draft(5, null, NOW.plusSeconds(301)), NOW))
                .extracting(Violation::code)
                .containsExactly("checkin.error.when.future");
    }

    @Test
    void upToSevenDaysBack() {
        assertThat(CheckInRules.check(draft(5, null, NOW.minusSeconds(7 * 86_400 - 60)), NOW))
                .isEmpty();
        assertThat(CheckInRules.check(draft(5, null, NOW.minusSeconds(7 * 86_400 + 60)), NOW))
                .extracting(Violation::code)
                .containsExactly("checkin.error.when.tooOld");
    }

    @Test
    void noteUpToTwoThousandCharacters() {
        assertThat(CheckInRules.check(draft(5, "x".repeat(2000), null), NOW)).isEmpty();
        assertThat(fields(CheckInRules.check(draft(5, "x".repeat(2001), null), NOW)))
                .containsExactly("note");
    }

    private static CheckInDraft draft(Integer mood, String note, Instant at) {
        return new CheckInDraft(mood, null, null, null, null, List.of(), List.of(), note, at);
    }

    private static CheckInDraft withSleep(double hours) {
        return new CheckInDraft(5, null, hours, null, null, List.of(), List.of(), null, null);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
