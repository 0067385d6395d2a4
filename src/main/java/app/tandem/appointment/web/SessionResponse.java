package app.tandem.appointment.web;

import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.Session;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A session in the API: the start as an instant and as the local date-time in the practice's zone.
 *
 * @param seriesId the weekly series it belongs to, or null for a single session
 */
record SessionResponse(
        UUID id,
        UUID clientId,
        Instant startsAt,
        LocalDateTime localStart,
        String zone,
        int minutes,
        Modality modality,
        SessionStatus status,
        UUID seriesId) {

    static SessionResponse of(Session s, ZoneId zone) {
        return new SessionResponse(
                s.id(),
                s.client().value(),
                s.startsAt(),
                s.startsAt().atZone(zone).toLocalDateTime(),
                zone.getId(),
                s.minutes(),
                s.modality(),
                s.status(),
                s.seriesId());
    }
}
