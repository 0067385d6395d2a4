package app.tandem.checkin.internal;

import java.util.List;

/** A submitted check-in broke one or more rules; the form or API shows each by field. */
public class InvalidCheckInException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidCheckInException(List<Violation> violations) {
        super("Invalid check-in: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
