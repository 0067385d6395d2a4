package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingRefusedException;
import app.tandem.booking.consultation.SlotTakenException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems for the booking API: 400/404/429 with a plain message, 409 with the nearest free slots. */
@RestControllerAdvice(assignableTypes = BookingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingApiErrors {

    private final MessageSource messages;

    BookingApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** from/to missing their order or too far apart. */
    static class BadRange extends RuntimeException {
        BadRange() {
            super("bad range");
        }
    }

    @ExceptionHandler(SlotTakenException.class)
    ProblemDetail taken(SlotTakenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("booking.error.taken"));
        problem.setTitle("Slot just taken");
        List<Map<String, Object>> nearest = e.nearest().stream()
                .map(s -> Map.<String, Object>of(
                        "start",
                        s.start().toString(),
                        "end",
                        s.end().toString(),
                        "therapistId",
                        s.therapist().toString()))
                .toList();
        problem.setProperty("nearestSlots", nearest);
        return problem;
    }

    @ExceptionHandler(BookingRefusedException.class)
    ProblemDetail refused(BookingRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), text(e.messageKey()));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", text(e.messageKey()))));
        }
        return problem;
    }

    @ExceptionHandler(BadRange.class)
    ProblemDetail badRange() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("booking.error.range"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.US);
    }
}
