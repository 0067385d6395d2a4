package app.tandem.measure.web;

import app.tandem.measure.UnknownInstrumentException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems for the questionnaire API, naming the offending field. */
@RestControllerAdvice(assignableTypes = MeasureApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeasureApiErrors {

    /** A request field that is missing or wrong. */
    static final class FieldException extends RuntimeException {
        private final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** The instrument does not exist, or the practice does not offer it. */
    static final class UnknownException extends RuntimeException {
        UnknownException(String message) {
            super(message);
        }
    }

    static UnknownException unknown(String code) {
        return new UnknownException("There is no instrument '" + code + "'.");
    }

    static UnknownException notEnabled(String code) {
        return new UnknownException("Your practice does not offer '" + code + "'.");
    }

    @ExceptionHandler(FieldException.class)
    ProblemDetail field(FieldException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field + " " + e.getMessage());
        problem.setTitle("Invalid answers");
        problem.setType(URI.create("https://tandem.app/problems/invalid-answers"));
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return field(new FieldException("answers", "must be a JSON array of integers, e.g. {\"answers\":[0,1,2]}"));
    }

    @ExceptionHandler(UnknownInstrumentException.class)
    ProblemDetail unknown(UnknownInstrumentException e) {
        return unknown(unknown(e.code()));
    }

    @ExceptionHandler(UnknownException.class)
    ProblemDetail unknown(UnknownException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown instrument");
        return problem;
    }
}
