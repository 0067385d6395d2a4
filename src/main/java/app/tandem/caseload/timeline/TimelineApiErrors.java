package app.tandem.caseload.timeline;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problems for the timeline API: 400 naming the parameter that was not valid. */
@RestControllerAdvice(assignableTypes = TimelineApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TimelineApiErrors {

    private final MessageSource messages;

    TimelineApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidTimelineRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidTimelineRequestException e) {
        return problem(e.field(), e.code());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(e.getName(), "workspace.timeline.error.parameter");
    }

    private ResponseEntity<ProblemDetail> problem(String field, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(code, new Object[] {field}, LocaleContextHolder.getLocale()));
        problem.setTitle("Invalid timeline request");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("field", field);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
