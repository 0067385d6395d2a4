package app.tandem.habit.internal;

/** A habit, completion or setting that breaks a rule; {@link #code()} is a message key. Nothing was saved. */
public class InvalidHabitException extends RuntimeException {

    private final String field;
    private final String code;

    private InvalidHabitException(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public static InvalidHabitException of(String field, String code) {
        return new InvalidHabitException(field, code);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
