package app.tandem.coping.web;

import app.tandem.coping.internal.IdempotencyConflictException;
import app.tandem.coping.internal.InvalidUseException;
import app.tandem.coping.internal.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the toolbox API: 400 with each field, 422 for a reused Idempotency-Key. */
@RestControllerAdvice(assignableTypes = TechniqueApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CopingApiErrors {

    /** A request the API cannot take (a bad header). */
    static final class BadRequest extends RuntimeException {

        private final transient List<Violation> violations;

        private BadRequest(List<Violation> violations) {
            super("Bad technique use request");
            this.violations = violations;
        }

        static BadRequest of(Violation violation) {
            return new BadRequest(List.of(violation));
        }
    }

    private final MessageSource messages;

    CopingApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidUseException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidUseException e, HttpServletRequest request) {
        return problem(request, e.violations());
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e, HttpServletRequest request) {
        return problem(request, e.violations);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(request, List.of(new Violation("body", "coping.error.json")));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> conflict(IdempotencyConflictException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was already used for a different technique use; nothing new was saved.");
        problem.setTitle("Idempotency-Key reused");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("existingId", e.existing());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The technique use was not saved: " + violations.size() + " field(s) need attention.");
        problem.setTitle("Invalid technique use");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of(
                                "field",
                                v.field(),
                                "message",
                                messages.getMessage(v.code(), v.args(), LocaleContextHolder.getLocale())))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
