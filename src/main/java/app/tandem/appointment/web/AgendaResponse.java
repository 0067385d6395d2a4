package app.tandem.appointment.web;

import app.tandem.appointment.internal.AgendaService;
import app.tandem.appointment.schedule.AgendaItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The agenda of the client's next session.
 *
 * @param sessionId the session, or null when none is scheduled (then items is empty)
 * @param open whether items may still be added, moved and removed
 */
record AgendaResponse(UUID sessionId, Instant startsAt, boolean open, List<AgendaItemResponse> items) {

    static AgendaResponse of(AgendaService.Agenda agenda, Instant now) {
        return agenda.session()
                .map(s -> new AgendaResponse(
                        s.id(),
                        s.startsAt(),
                        s.agendaOpen(now),
                        agenda.items().stream().map(AgendaItemResponse::of).toList()))
                .orElse(new AgendaResponse(null, null, false, List.of()));
    }

    /** One item as the client wrote it, at its place (1 first). */
    record AgendaItemResponse(UUID id, int position, String text, Instant createdAt) {

        static AgendaItemResponse of(AgendaItem item) {
            return new AgendaItemResponse(item.id(), item.position(), item.text(), item.createdAt());
        }
    }
}
