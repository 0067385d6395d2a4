package app.tandem.habit.web;

import app.tandem.habit.internal.HabitNotFoundException;
import app.tandem.habit.internal.IdempotencyConflictException;
import app.tandem.habit.internal.InvalidHabitException;
import java.net.URI;
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

/** RFC 9457 problems for the habits API: 400 with the field, 404 for another's habit, 422 for a reused key. */
@RestControllerAdvice(assignableTypes = HabitApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HabitApiErrors {

    /** A request the API cannot take (a bad header). */
    static final class BadHeader extends RuntimeException {

        private final String field;
        private final String code;

        private BadHeader(String field, String code) {
            super("Bad habit request");
            this.field = field;
            this.code = code;
        }

        static BadHeader of(String field, String code) {
            return new BadHeader(field, code);
        }
    }

    private final MessageSource messages;

    HabitApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidHabitException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidHabitException e) {
        return problem(HttpStatus.BAD_REQUEST, e.field(), e.code());
    }

    @ExceptionHandler(BadHeader.class)
    ResponseEntity<ProblemDetail> badRequest(BadHeader e) {
        return problem(HttpStatus.BAD_REQUEST, e.field, e.code);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "body", "habit.error.json");
    }

    @ExceptionHandler(HabitNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such habit");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> conflict(IdempotencyConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was already used for a different completion.");
        p.setType(URI.create("https://tandem.app/problems/idempotency-key-reused"));
        p.setProperty("existing", e.existing());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String code) {
        String text = messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text);
        p.setProperty("errors", Map.of(field, text));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
