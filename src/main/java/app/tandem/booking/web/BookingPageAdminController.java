package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingAdministration;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageMessages;
import jakarta.validation.Valid;
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

/** The admin edits the public practice page and each therapist's public profile. */
@Controller
class BookingPageAdminController {

    private final BookingAdministration administration;
    private final PageMessages messages;

    BookingPageAdminController(BookingAdministration administration, PageMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/booking-page")
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("pageForm", PracticePageForm.of(administration.page(admin.practiceId())));
        return page(admin, model);
    }

    @PostMapping("/admin/booking-page")
    String save(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("pageForm") PracticePageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(admin, model);
        }
        administration.savePage(admin, form.toPage());
        messages.flash(redirect, "booking.admin.pageSaved");
        return "redirect:/admin/booking-page";
    }

    @GetMapping("/admin/booking-page/therapists/{therapistId}")
    String profile(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID therapistId, Model model) {
        model.addAttribute("profile", ProfileForm.of(administration.profile(admin, new UserId(therapistId))));
        return profilePage(admin, therapistId, model);
    }

    @PostMapping("/admin/booking-page/therapists/{therapistId}")
    String saveProfile(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID therapistId,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profilePage(admin, therapistId, model);
        }
        administration.saveProfile(admin, new UserId(therapistId), form.toProfile());
        messages.flash(redirect, "booking.admin.profileSaved");
        return "redirect:/admin/booking-page";
    }

    private String page(CurrentUser admin, Model model) {
        model.addAttribute("therapists", administration.therapists(admin));
        return "booking/admin-page";
    }

    private String profilePage(CurrentUser admin, UUID therapistId, Model model) {
        model.addAttribute("therapistId", therapistId);
        model.addAttribute("therapistName", administration.nameOf(admin, new UserId(therapistId)));
        return "booking/admin-profile";
    }
}
