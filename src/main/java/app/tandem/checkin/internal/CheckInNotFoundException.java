package app.tandem.checkin.internal;

import java.util.UUID;

/** No check-in with this id belongs to the person asking (a 404, never a hint that it exists). */
public class CheckInNotFoundException extends RuntimeException {

    public CheckInNotFoundException(UUID id) {
        super("No check-in " + id);
    }
}
