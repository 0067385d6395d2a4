package app.tandem.notification.web;

import app.tandem.notification.internal.InvalidPushSubscriptionException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems for the push subscription API: 400 naming the field, 404 for an endpoint not the caller's. */
@RestControllerAdvice(assignableTypes = PushSubscriptionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PushApiErrors {

    /** The caller has no subscription with that endpoint (it may be someone else's: they are not told). */
    static final class NoSuchSubscription extends RuntimeException {

        NoSuchSubscription() {
            super("No such push subscription");
        }
    }

    @ExceptionHandler(InvalidPushSubscriptionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPushSubscriptionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "This is not a push subscription this server accepts; see errors.");
        p.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return respond(HttpStatus.BAD_REQUEST, p);
    }

    @ExceptionHandler(NoSuchSubscription.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "You have no push subscription with this endpoint."));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> conflict() {
        return respond(
                HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONFLICT,
                        "The same subscription was being stored at the same time; send it again."));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
