package app.tandem.booking.consultation;

/**
 * A booking request that cannot be accepted as sent: a field (null for the whole request) and the
 * message key that says why in plain words, with the HTTP status it answers with.
 */
public class BookingRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final int status;

    private BookingRefusedException(String field, String messageKey, int status) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.status = status;
    }

    static BookingRefusedException invalid(String field, String messageKey) {
        return new BookingRefusedException(field, messageKey, 400);
    }

    static BookingRefusedException tooMany() {
        return new BookingRefusedException(null, "booking.error.tooMany", 429);
    }

    static BookingRefusedException linkNotValid() {
        return new BookingRefusedException(null, "booking.error.link", 404);
    }

    static BookingRefusedException notFound() {
        return new BookingRefusedException(null, "booking.error.notFound", 404);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
