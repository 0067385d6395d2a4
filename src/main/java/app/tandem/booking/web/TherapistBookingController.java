package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's consultations: confirm, propose another time, cancel with a message, invite as a client. */
@Controller
class TherapistBookingController {

    private final BookingService bookings;
    private final PageMessages messages;

    TherapistBookingController(BookingService bookings, PageMessages messages) {
        this.bookings = bookings;
        this.messages = messages;
    }

    @GetMapping("/therapist/bookings")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("bookings", bookings.upcomingFor(user));
        return "booking/therapist";
    }

    @PostMapping("/therapist/bookings/{id}/confirmation")
    String confirm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        bookings.confirmByTherapist(user, id, bounded(message));
        messages.flash(redirect, "booking.therapist.confirmed");
        return "redirect:/therapist/bookings";
    }

    @PostMapping("/therapist/bookings/{id}/proposal")
    String propose(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        String text = bounded(message);
        bookings.proposeOtherTime(
                user, id, text == null ? messages.text("booking.therapist.proposal.defaultMessage") : text);
        messages.flash(redirect, "booking.therapist.proposed");
        return "redirect:/therapist/bookings";
    }

    @PostMapping("/therapist/bookings/{id}/cancellation")
    String cancel(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        bookings.cancelByTherapist(user, id, bounded(message));
        messages.flash(redirect, "booking.therapist.cancelled");
        return "redirect:/therapist/bookings";
    }

    @PostMapping("/therapist/bookings/{id}/invitation")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        BookingService.TherapistBooking booking = bookings.forInvitation(user, id);
        redirect.addAttribute("name", booking.name());
        redirect.addAttribute("email", booking.email());
        return "redirect:/therapist/invitations/new";
    }

    private static String bounded(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String trimmed = message.trim();
        return trimmed.length() > 1000 ? trimmed.substring(0, 1000) : trimmed;
    }
}
