package app.tandem.habit.web;

import app.tandem.habit.internal.HabitNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A habit that is not the signed-in person's answers 404 on the pages. */
@ControllerAdvice(assignableTypes = {HabitController.class, HomeworkController.class})
class HabitPageErrors {

    @ExceptionHandler(HabitNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
