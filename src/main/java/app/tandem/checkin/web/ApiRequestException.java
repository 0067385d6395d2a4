package app.tandem.checkin.web;

import app.tandem.checkin.internal.Violation;
import java.util.List;

/** A malformed API request (bad query parameter or header), answered with a 400 naming the field. */
class ApiRequestException extends RuntimeException {

    private final transient List<Violation> violations;

    ApiRequestException(Violation violation) {
        super("Bad request: " + violation.field());
        this.violations = List.of(violation);
    }

    List<Violation> violations() {
        return violations;
    }
}
