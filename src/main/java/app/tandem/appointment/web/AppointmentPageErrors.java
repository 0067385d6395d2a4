package app.tandem.appointment.web;

import app.tandem.appointment.internal.SessionNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A session or agenda item that is not the signed-in person's to see answers 404 on the pages. */
@ControllerAdvice(assignableTypes = {TherapistSessionsController.class, ClientSessionsController.class})
class AppointmentPageErrors {

    @ExceptionHandler(SessionNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
