package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.screening.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessHours NINE_TO_FIVE = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 0), NEW_YORK);
    final EscalationPolicy policy = EscalationPolicy.DEFAULTS;

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void highAlertsAreDueFifteenMinutesLaterAtAnyHour() {
        Instant sundayNight = local("2026-11-29T03:10");
        assertThat(policy.deadlineFor(RiskLevel.HIGH, sundayNight, NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(sundayNight.plus(Duration.ofMinutes(15)));
    }

    @Test
    void moderateAlertsAreDueFourHoursLaterEvenAtTheWeekend() {
        Instant saturday = local("2026-11-28T22:00");
        assertThat(policy.deadlineFor(RiskLevel.MODERATE, saturday, NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-29T02:00"));
    }

    @Test
    void lowAlertsAreDueAtNoonOnTheNextBusinessDay() {
        assertThat(policy.deadlineFor(RiskLevel.LOW, local("2026-11-24T08:00"), NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-25T12:00"));
    }

    @Test
    void lowAlertsRaisedOnFridayOrTheWeekendAreDueOnMonday() {
        assertThat(policy.deadlineFor(RiskLevel.LOW, local("2026-11-27T16:00"), NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-30T12:00"));
        assertThat(policy.deadlineFor(RiskLevel.LOW, local("2026-11-28T10:00"), NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-30T12:00"));
        assertThat(policy.deadlineFor(RiskLevel.LOW, local("2026-11-29T23:59"), NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-30T12:00"));
    }

    @Test
    void lowAlertsUseTheLocalDateNotTheUtcDate() {
        // 22:30 on Tuesday in New York is already Wednesday in UTC: still due Wednesday noon, not Thursday.
        Instant tuesdayEvening = local("2026-11-24T22:30");
        assertThat(policy.deadlineFor(RiskLevel.LOW, tuesdayEvening, NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-25T12:00"));
    }

    @Test
    void highDeadlinesAreFifteenRealMinutesAcrossTheSpringForwardGap() {
        Instant beforeGap = ZonedDateTime.of(2026, 3, 8, 1, 50, 0, 0, NEW_YORK).toInstant();
        Instant deadline = policy.deadlineFor(RiskLevel.HIGH, beforeGap, NINE_TO_FIVE, NEW_YORK);
        assertThat(Duration.between(beforeGap, deadline)).isEqualTo(Duration.ofMinutes(15));
        assertThat(deadline.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 5));
    }

    @Test
    void moderateDeadlinesAreFourRealHoursAcrossTheFallBackHour() {
        Instant before = ZonedDateTime.of(2026, 11, 1, 0, 30, 0, 0, NEW_YORK).toInstant();
        Instant deadline = policy.deadlineFor(RiskLevel.MODERATE, before, NINE_TO_FIVE, NEW_YORK);
        assertThat(Duration.between(before, deadline)).isEqualTo(Duration.ofHours(4));
        assertThat(deadline.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void lowDeadlinesStayAtLocalNoonAfterAClockChange() {
        // Raised Friday before the spring-forward weekend; due Monday 12:00 EDT (16:00 UTC, not 17:00).
        Instant friday = local("2026-03-06T15:00");
        Instant deadline = policy.deadlineFor(RiskLevel.LOW, friday, NINE_TO_FIVE, NEW_YORK);
        assertThat(deadline).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
    }

    @Test
    void lowDeadlinesFallInsideBusinessHoursWhenNoonIsNot() {
        BusinessHours afternoons = new BusinessHours(LocalTime.of(13, 0), LocalTime.of(20, 0), NEW_YORK);
        assertThat(policy.deadlineFor(RiskLevel.LOW, local("2026-11-24T08:00"), afternoons, NEW_YORK))
                .isEqualTo(local("2026-11-25T13:00"));
    }

    @Test
    void practicesCanShortenTheirDeadlines() {
        EscalationPolicy strict =
                new EscalationPolicy(Duration.ofMinutes(5), Duration.ofMinutes(60), LocalTime.of(10, 0));
        Instant at = local("2026-11-24T08:00");
        assertThat(strict.deadlineFor(RiskLevel.HIGH, at, NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-24T08:05"));
        assertThat(strict.deadlineFor(RiskLevel.LOW, at, NINE_TO_FIVE, NEW_YORK))
                .isEqualTo(local("2026-11-25T10:00"));
    }

    @Test
    void noneRaisesNoAlertAndSoHasNoDeadline() {
        assertThatThrownBy(() -> policy.deadlineFor(RiskLevel.NONE, Instant.now(), NINE_TO_FIVE, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessHoursKnowWhenThePracticeIsOpenAndNextOpens() {
        assertThat(NINE_TO_FIVE.isOpen(local("2026-11-24T10:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpen(local("2026-11-24T17:00"))).isFalse();
        assertThat(NINE_TO_FIVE.isOpen(local("2026-11-28T10:00"))).isFalse();
        assertThat(NINE_TO_FIVE.nextOpening(local("2026-11-24T07:00")).toInstant())
                .isEqualTo(local("2026-11-24T09:00"));
        assertThat(NINE_TO_FIVE.nextOpening(local("2026-11-27T18:00")).toInstant())
                .isEqualTo(local("2026-11-30T09:00"));
    }
}
