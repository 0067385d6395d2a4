package app.tandem.notification.internal;

/** A subscription the server will not store; {@link #field()} names the part, the message says why (no value). */
public class InvalidPushSubscriptionException extends RuntimeException {

    private final String field;

    InvalidPushSubscriptionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
