package app.tandem.identity.invitation;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import app.tandem.shared.web.PageMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Sending invitations: admins invite therapists, therapists invite clients. */
@Controller
class InviteController {

    private final Invitations invitations;
    private final PageMessages messages;

    InviteController(Invitations invitations, PageMessages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/admin/invitations/new")
    String newTherapist(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(user, model, new InviteForm("", "", false), "admin");
    }

    @PostMapping("/admin/invitations")
    String inviteTherapist(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                invitations.inviteTherapist(user, form.name(), form.email(), form.makesAdmin());
                messages.flash(redirect, "invite.sent", form.email().trim());
                return "redirect:/admin/invitations/new";
            } catch (InviteRefusedException e) {
                result.rejectValue("email", e.messageKey());
            }
        }
        return form(user, model, form, "admin");
    }

    @GetMapping("/therapist/invitations/new")
    String newClient(
            @AuthenticationPrincipal CurrentUser user,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String name,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String email,
            Model model) {
        // name and email may come pre-filled, e.g. from a consultation booking
        return form(user, model, new InviteForm(bounded(name, 200), bounded(email, 320), false), "therapist");
    }

    private static String bounded(String value, int max) {
        return value.length() > max ? "" : value;
    }

    @PostMapping("/therapist/invitations")
    String inviteClient(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                invitations.inviteClient(user, form.name(), form.email());
                messages.flash(redirect, "invite.sent", form.email().trim());
                return "redirect:/therapist/invitations/new";
            } catch (InviteRefusedException e) {
                result.rejectValue("email", e.messageKey());
            }
        }
        return form(user, model, form, "therapist");
    }

    @PostMapping("/{area:admin|therapist}/invitations/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String area,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        boolean revoked = invitations.revoke(user, id);
        messages.flash(redirect, revoked ? "invite.withdrawn" : "invite.alreadyGone");
        return "redirect:/" + area + "/invitations/new";
    }

    private String form(CurrentUser user, Model model, InviteForm form, String area) {
        model.addAttribute("form", form);
        model.addAttribute("area", area);
        model.addAttribute("pending", invitations.pendingBy(user));
        return "identity/invite";
    }

    /** Whom to invite. */
    record InviteForm(
            @NotBlank(message = "{invite.nameRequired}") @Size(max = 200, message = "{invite.nameTooLong}") @NotClientFreeText("name typed by staff")
            String name,

            @NotBlank(message = "{invite.emailRequired}") @Email(message = "{invite.emailInvalid}") @Size(max = 320, message = "{invite.emailInvalid}") @NotClientFreeText("email address")
            String email,

            Boolean alsoAdmin) {

        boolean makesAdmin() {
            return Boolean.TRUE.equals(alsoAdmin);
        }
    }
}
