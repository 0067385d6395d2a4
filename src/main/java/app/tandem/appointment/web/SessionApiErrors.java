package app.tandem.appointment.web;

import app.tandem.appointment.internal.AgendaKeyReusedException;
import app.tandem.appointment.internal.InvalidSessionException;
import app.tandem.appointment.internal.SessionNotFoundException;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problems for the sessions API: 400 with the field, 404 for another's session or item, 409 when the
 * session's state refuses the change (agenda frozen, outcome before the start), 422 for a reused Idempotency-Key.
 */
@RestControllerAdvice(assignableTypes = SessionApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionApiErrors {

    private final MessageSource messages;

    SessionApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidSessionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSessionException e) {
        return problem(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, e.field(), e.code());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "body", "appointment.error.json");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName(), "appointment.error.json");
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such session or agenda item");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @ExceptionHandler(AgendaKeyReusedException.class)
    ResponseEntity<ProblemDetail> reused(AgendaKeyReusedException e) {
        String text = message("appointment.agenda.error.keyReused");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text);
        p.setType(URI.create("https://tandem.app/problems/idempotency-key-reused"));
        p.setProperty("existing", e.existing());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String code) {
        String text = message(code);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text);
        p.setProperty("errors", Map.of(field, text));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
