package app.tandem.safety.alert;

import app.tandem.safety.AlertNotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the alerts API, naming the fields that are wrong. */
@RestControllerAdvice(assignableTypes = AlertApiController.class)
class AlertApiErrors {

    @ExceptionHandler(AlertApiController.InvalidAcknowledgementException.class)
    ProblemDetail invalid(AlertApiController.InvalidAcknowledgementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The acknowledgement is missing something or has a value we cannot accept.");
        problem.setTitle("Invalid acknowledgement");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AlertNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such alert.");
        problem.setTitle("Alert not found");
        return problem;
    }
}
