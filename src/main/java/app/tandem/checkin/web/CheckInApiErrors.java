package app.tandem.checkin.web;

import app.tandem.checkin.internal.InvalidCheckInException;
import app.tandem.checkin.internal.Violation;
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
import tools.jackson.databind.DatabindException;

/** RFC 9457 problem details for the check-in API, with an {@code errors} list naming each field. */
@RestControllerAdvice(assignableTypes = CheckInApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckInApiErrors {

    private final MessageSource messages;

    CheckInApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidCheckInException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCheckInException e, HttpServletRequest request) {
        return problem(request, e.violations());
    }

    @ExceptionHandler(ApiRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(ApiRequestException e, HttpServletRequest request) {
        return problem(request, e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = "body";
        String code = "checkin.error.json";
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            String name = d.getPath().get(d.getPath().size() - 1).getPropertyName();
            if (name == null && d.getPath().size() > 1) {
                name = d.getPath().get(d.getPath().size() - 2).getPropertyName();
            }
            if (name != null) {
                field = name;
                code = "checkin.error.json.field";
            }
        }
        return problem(request, List.of(new Violation(field, code)));
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The check-in was not saved: " + violations.size() + " field(s) need attention.");
        problem.setTitle("Invalid check-in");
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
