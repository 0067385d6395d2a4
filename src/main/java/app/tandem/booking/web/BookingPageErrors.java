package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Maps this module's refusals on pages to a page that says why, with the matching status. */
@ControllerAdvice(
        assignableTypes = {
            PublicBookingController.class,
            ManageBookingController.class,
            TherapistBookingController.class,
            BookingPageAdminController.class,
            ConsultationHoursController.class
        })
class BookingPageErrors {

    @ExceptionHandler(BookingRefusedException.class)
    String refused(BookingRefusedException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        model.addAttribute("problem", e.messageKey());
        return "booking/problem";
    }
}
