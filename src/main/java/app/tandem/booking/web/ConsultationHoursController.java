package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingAdministration;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageMessages;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultation hours, rules and exceptions: a therapist's own under {@code /therapist/consultation-hours},
 * any therapist of the practice for the admin under {@code /admin/booking-page/therapists/{id}/hours}.
 */
@Controller
class ConsultationHoursController {

    private static final String OWN = "/therapist/consultation-hours";
    private static final String ADMIN = "/admin/booking-page/therapists/{therapistId}/hours";

    private final BookingAdministration administration;
    private final PageMessages messages;

    ConsultationHoursController(BookingAdministration administration, PageMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping({OWN, ADMIN})
    String show(
            @AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) UUID therapistId, Model model) {
        UserId therapist = whose(user, therapistId);
        model.addAttribute("hours", HoursForm.of(administration.schedule(user, therapist)));
        model.addAttribute("exception", ExceptionForm.blank());
        return page(user, therapistId, model);
    }

    @PostMapping({OWN, ADMIN})
    String saveHours(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable(required = false) UUID therapistId,
            @Valid @ModelAttribute("hours") HoursForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserId therapist = whose(user, therapistId);
        form.validateInto(result);
        if (result.hasErrors()) {
            model.addAttribute("exception", ExceptionForm.blank());
            return page(user, therapistId, model);
        }
        administration.saveHours(user, therapist, form.weekly(), form.rules(), form.takesBookings());
        messages.flash(redirect, "booking.hours.saved");
        return "redirect:" + base(therapistId);
    }

    @PostMapping({OWN + "/exceptions", ADMIN + "/exceptions"})
    String addException(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable(required = false) UUID therapistId,
            @Valid @ModelAttribute("exception") ExceptionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserId therapist = whose(user, therapistId);
        BookingAdministration.Schedule schedule = administration.schedule(user, therapist);
        form.validateInto(result, LocalDate.now(schedule.zone()));
        if (result.hasErrors()) {
            model.addAttribute("hours", HoursForm.of(schedule));
            return page(user, therapistId, model);
        }
        administration.addException(user, therapist, form.toException());
        messages.flash(redirect, form.extra() ? "booking.hours.extraAdded" : "booking.hours.timeOffAdded");
        return "redirect:" + base(therapistId);
    }

    @PostMapping({OWN + "/exceptions/{exceptionId}/removal", ADMIN + "/exceptions/{exceptionId}/removal"})
    String removeException(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable(required = false) UUID therapistId,
            @PathVariable UUID exceptionId,
            RedirectAttributes redirect) {
        administration.removeException(user, whose(user, therapistId), exceptionId);
        messages.flash(redirect, "booking.hours.exceptionRemoved");
        return "redirect:" + base(therapistId);
    }

    private static UserId whose(CurrentUser user, UUID therapistId) {
        return therapistId == null ? user.id() : new UserId(therapistId);
    }

    private static String base(UUID therapistId) {
        return therapistId == null ? OWN : "/admin/booking-page/therapists/" + therapistId + "/hours";
    }

    private String page(CurrentUser user, UUID therapistId, Model model) {
        BookingAdministration.Schedule schedule = administration.schedule(user, whose(user, therapistId));
        model.addAttribute("schedule", schedule);
        model.addAttribute("base", base(therapistId));
        model.addAttribute("forAdmin", therapistId != null);
        return "booking/hours";
    }
}
