package app.tandem.coping.web;

import app.tandem.coping.internal.TechniqueNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A technique the practice does not offer is a 404 page, never a 500. */
@ControllerAdvice(assignableTypes = {TherapistToolboxController.class, ToolboxController.class})
class CopingPageErrors {

    @ExceptionHandler(TechniqueNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
