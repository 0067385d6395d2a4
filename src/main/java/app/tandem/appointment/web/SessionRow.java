package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A session as a page shows it: its start in the practice's zone, and in the viewer's zone too when that differs,
 * with the actions its status and time allow.
 *
 * @param viewerLocal the start in the viewer's zone, or null when it is the practice's zone
 * @param clientName the client's name where a page lists several clients' sessions, else null
 */
public record SessionRow(
        Session session,
        ZonedDateTime local,
        ZonedDateTime viewerLocal,
        String clientName,
        boolean started,
        boolean canMarkOutcome,
        boolean canCancel,
        boolean canEdit) {

    static SessionRow of(Session s, ZoneId practice, ZoneId viewer, String clientName, Instant now) {
        ZonedDateTime local = s.startsAt().atZone(practice);
        ZonedDateTime theirs = sameOffsetRules(practice, viewer, s.startsAt())
                ? null
                : s.startsAt().atZone(viewer);
        boolean started = s.hasStarted(now);
        return new SessionRow(
                s,
                local,
                theirs,
                clientName,
                started,
                started,
                s.status() == SessionStatus.SCHEDULED,
                !started && s.status() == SessionStatus.SCHEDULED);
    }

    private static boolean sameOffsetRules(ZoneId a, ZoneId b, Instant at) {
        return a.equals(b) || a.getRules().getOffset(at).equals(b.getRules().getOffset(at));
    }

    public UUID id() {
        return session.id();
    }

    public boolean inSeries() {
        return session.seriesId() != null;
    }
}
