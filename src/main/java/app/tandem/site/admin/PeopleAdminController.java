package app.tandem.site.admin;

import app.tandem.identity.People;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice's people: pause and reactivate accounts, reset second factors, move a client to another therapist. */
@Controller
class PeopleAdminController {

    private final People people;
    private final PeopleAdministration administration;

    PeopleAdminController(People people, PeopleAdministration administration) {
        this.people = people;
        this.administration = administration;
    }

    @GetMapping("/admin/people")
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("people", people.inPractice(admin.practiceId()));
        model.addAttribute("therapists", people.therapists(admin.practiceId()));
        return "site/admin-people";
    }

    @PostMapping("/admin/people/{id}/pause")
    String pause(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean done = administration.pause(admin, new UserId(id));
        redirect.addFlashAttribute(
                "flash",
                done
                        ? "Paused. They are signed out everywhere and were told by email."
                        : "That account cannot be paused (your own, or not of this practice).");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean done = administration.reactivate(admin, new UserId(id));
        redirect.addFlashAttribute("flash", done ? "Reactivated: they can sign in again." : "No such account here.");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/second-factors/reset")
    String resetSecondFactors(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean done = administration.resetSecondFactors(admin, new UserId(id));
        redirect.addFlashAttribute(
                "flash",
                done
                        ? "Two-step sign-in was reset: their app, recovery codes and passkeys no longer work. They were told by email."
                        : "That account's two-step sign-in cannot be reset here (your own, or not of this practice).");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/therapist")
    String move(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID therapist,
            RedirectAttributes redirect) {
        boolean done = therapist != null && administration.moveClient(admin, new UserId(id), new UserId(therapist));
        redirect.addFlashAttribute(
                "flash",
                done ? "The client now sees their new therapist." : "Choose an active therapist of this practice.");
        return "redirect:/admin/people";
    }
}
