package app.tandem.safety;

import java.util.UUID;

/** No alert with this id exists; answered with 404. */
public class AlertNotFoundException extends RuntimeException {

    private AlertNotFoundException(String message) {
        super(message);
    }

    public static AlertNotFoundException of(UUID id) {
        return new AlertNotFoundException("No alert " + id);
    }
}
