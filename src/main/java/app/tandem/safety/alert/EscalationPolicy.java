package app.tandem.safety.alert;

import app.tandem.screening.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long a practice gives a clinician to acknowledge an alert before it escalates: HIGH and
 * MODERATE are fixed elapsed times around the clock (a crisis does not wait for office hours); LOW is
 * due at {@code lowAt} on the next business day in the practice's time zone, weekends skipped.
 */
public record EscalationPolicy(Duration high, Duration moderate, LocalTime lowAt) {

    public static final EscalationPolicy DEFAULTS =
            new EscalationPolicy(Duration.ofMinutes(15), Duration.ofHours(4), LocalTime.NOON);

    public EscalationPolicy {
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(moderate, "moderate");
        Objects.requireNonNull(lowAt, "lowAt");
        if (high.isNegative() || high.isZero() || moderate.isNegative() || moderate.isZero()) {
            throw new IllegalArgumentException("Deadlines must be positive");
        }
    }

    /** When an alert of {@code level} raised (or escalated) at {@code raisedAt} must be acknowledged. */
    public Instant deadlineFor(RiskLevel level, Instant raisedAt, BusinessHours hours, ZoneId zone) {
        return switch (level) {
            case HIGH -> raisedAt.plus(high);
            case MODERATE -> raisedAt.plus(moderate);
            case LOW -> nextBusinessDayAt(raisedAt, hours, zone);
            case NONE -> throw new IllegalArgumentException("A NONE signal raises no alert");
        };
    }

    private Instant nextBusinessDayAt(Instant raisedAt, BusinessHours hours, ZoneId zone) {
        LocalDate day = BusinessHours.nextWeekday(raisedAt.atZone(zone).toLocalDate());
        LocalTime time = lowAt;
        if (time.isBefore(hours.start()) || !time.isBefore(hours.end())) {
            time = hours.start(); // the practice must be open when the deadline falls
        }
        // ZonedDateTime.of moves a time that falls in a DST gap forward, never to a missing hour.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
