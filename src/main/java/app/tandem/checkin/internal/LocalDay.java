package app.tandem.checkin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Which day a check-in belongs to: the calendar date in the client's zone at the moment it was
 * recorded (00:30 is the new day). A wall-clock time the client typed is read in their zone; in a
 * spring-forward gap it moves forward by the gap, in a fall-back overlap it is the earlier instant.
 */
public final class LocalDay {

    private LocalDay() {}

    public static LocalDate of(Instant recordedAt, ZoneId zone) {
        return recordedAt.atZone(zone).toLocalDate();
    }

    public static Instant instantOf(LocalDateTime wallClock, ZoneId zone) {
        return wallClock.atZone(zone).toInstant();
    }
}
