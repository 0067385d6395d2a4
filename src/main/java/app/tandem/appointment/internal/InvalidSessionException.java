package app.tandem.appointment.internal;

/**
 * A session, status change or agenda item that breaks a rule; {@link #code()} is a message key and {@link #field()}
 * the input it is about. Nothing was saved. {@link #conflict()} is true when the input is fine but the session's
 * state refuses it (an agenda after the session started, an outcome before it): answered 409 rather than 400.
 */
public class InvalidSessionException extends RuntimeException {

    private final String field;
    private final String code;
    private final boolean conflict;

    private InvalidSessionException(String field, String code, boolean conflict) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
        this.conflict = conflict;
    }

    public static InvalidSessionException of(String field, String code) {
        return new InvalidSessionException(field, code, false);
    }

    public static InvalidSessionException conflicting(String field, String code) {
        return new InvalidSessionException(field, code, true);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public boolean conflict() {
        return conflict;
    }
}
