package app.tandem.appointment.web;

import app.tandem.appointment.internal.AgendaService;
import java.time.Instant;
import java.util.UUID;

/** An added agenda item; {@code crisisSupport} tells the app to show crisis resources now. */
record AgendaItemAdded(UUID id, UUID sessionId, int position, String text, Instant createdAt, boolean crisisSupport) {

    static AgendaItemAdded of(AgendaService.Added added) {
        var item = added.item();
        return new AgendaItemAdded(
                item.id(),
                item.sessionId(),
                item.position(),
                item.text(),
                item.createdAt(),
                added.safety().showCrisisCard());
    }
}
