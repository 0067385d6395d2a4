package app.tandem.coping.internal;

import java.util.List;

/** A technique use broke a rule; nothing was saved. */
public final class InvalidUseException extends RuntimeException {

    private final List<Violation> violations;

    private InvalidUseException(List<Violation> violations) {
        super("Invalid technique use: "
                + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidUseException of(List<Violation> violations) {
        return new InvalidUseException(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
