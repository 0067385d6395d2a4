package app.tandem.notification.web;

import app.tandem.notification.internal.NotificationNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Maps this module's exceptions to error pages, once. */
@ControllerAdvice(
        assignableTypes = {NotificationController.class, DevMailboxController.class, PushDeviceController.class})
class NotificationErrors {

    @ExceptionHandler(NotificationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
