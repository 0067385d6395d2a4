package app.tandem.appointment.internal;

import java.util.UUID;

/** No such session or agenda item for this person (or not theirs to see): answered 404. */
public class SessionNotFoundException extends RuntimeException {

    private SessionNotFoundException(String message) {
        super(message);
    }

    public static SessionNotFoundException session(UUID id) {
        return new SessionNotFoundException("No session " + id);
    }

    public static SessionNotFoundException agendaItem(UUID id) {
        return new SessionNotFoundException("No agenda item " + id);
    }
}
