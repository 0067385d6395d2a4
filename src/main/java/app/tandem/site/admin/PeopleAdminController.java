package app.tandem.site.admin;

import app.tandem.identity.People;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
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

/** The practice's people: pause and reactivate accounts, reset second factors, move a client to another therapist. */
@Controller
class PeopleAdminController {

    private final People people;
    private final PeopleAdministration administration;
    private final PageMessages messages;

    PeopleAdminController(People people, PeopleAdministration administration, PageMessages messages) {
        this.people = people;
        this.administration = administration;
        this.messages = messages;
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
        messages.flash(redirect, done ? "admin.people.pauseDone" : "admin.people.pauseRefused");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean done = administration.reactivate(admin, new UserId(id));
        messages.flash(redirect, done ? "admin.people.reactivated" : "admin.people.noSuchAccount");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/second-factors/reset")
    String resetSecondFactors(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean done = administration.resetSecondFactors(admin, new UserId(id));
        messages.flash(redirect, done ? "admin.people.secondFactorsReset" : "admin.people.secondFactorsNotReset");
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/therapist")
    String move(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID therapist,
            RedirectAttributes redirect) {
        boolean done = therapist != null && administration.moveClient(admin, new UserId(id), new UserId(therapist));
        messages.flash(redirect, done ? "admin.people.moved" : "admin.people.chooseTherapist");
        return "redirect:/admin/people";
    }
}
