package app.tandem.coping;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where or when a technique was used, as the client may tag a use (optional); a short fixed list so the therapist can
 * see patterns without reading free text. {@link #code()} is what the form, the API, the database and the export use.
 */
public enum UseContext {
    HOME("home"),
    WORK_OR_SCHOOL("work-or-school"),
    OUT_AND_ABOUT("out-and-about"),
    BEDTIME("bedtime"),
    WITH_OTHERS("with-others"),
    ALONE("alone");

    private final String code;

    UseContext(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The context with this code; empty for an unknown one. */
    public static Optional<UseContext> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
