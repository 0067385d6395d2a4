package app.tandem.checkin.web;

import app.tandem.checkin.internal.CheckInNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Maps this module's exceptions on pages to error pages, once. */
@ControllerAdvice(assignableTypes = CheckInController.class)
class CheckInPageErrors {

    @ExceptionHandler(CheckInNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
