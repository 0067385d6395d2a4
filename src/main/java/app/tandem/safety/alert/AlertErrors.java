package app.tandem.safety.alert;

import app.tandem.safety.AlertNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Maps an unknown alert to the 404 page for the alert pages. */
@ControllerAdvice(assignableTypes = {AlertPagesController.class, SafetyAdminController.class})
class AlertErrors {

    @ExceptionHandler(AlertNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
