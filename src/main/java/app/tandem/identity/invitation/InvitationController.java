package app.tandem.identity.invitation;

import app.tandem.identity.Person;
import app.tandem.identity.account.PasswordRules;
import app.tandem.identity.security.SignedInUsers;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accepting an invitation: see the practice's terms, consent, choose a password. */
@Controller
class InvitationController {

    /** Time zones offered to a new client, the practice's first; others can be set later. */
    static final List<String> COMMON_ZONES = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "Europe/London",
            "Europe/Berlin",
            "Asia/Kolkata",
            "Australia/Sydney");

    private final Invitations invitations;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    InvitationController(Invitations invitations, MessageSource messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, @AuthenticationPrincipal CurrentUser user) {
        Invitations.InvitationView invitation = invitations.open(token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("zones", COMMON_ZONES);
        model.addAttribute("form", new AcceptForm("", "", false, invitation.practiceTimeZone()));
        return "identity/accept-invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Invitations.InvitationView invitation = invitations.open(token);
        PasswordRules.problemWith(form.password(), invitation.email())
                .ifPresent(key -> result.rejectValue("password", key));
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!validZone(form.timeZone())) {
            result.rejectValue("timeZone", "timeZone.invalid");
        }
        if (result.hasErrors()) {
            model.addAttribute("invitation", invitation);
            model.addAttribute("token", token);
            model.addAttribute("zones", COMMON_ZONES);
            return "identity/accept-invitation";
        }
        Person person = invitations.accept(token, form.password(), form.timeZone(), request.getRemoteAddr());
        signIn(person, request, response);
        redirect.addFlashAttribute("flash", messages.getMessage("invitation.accepted", null, locale));
        return "redirect:/";
    }

    /**
     * The person just chose their password on this page, so asking for it again proves nothing: start their
     * session now, under a new session id. Staff of a practice that requires a second step are sent to set it
     * up by the enrolment gate, as after any sign-in.
     */
    private void signIn(Person person, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(SignedInUsers.authentication(person));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
    }

    @ExceptionHandler(InvitationException.class)
    String unusable(InvitationException e, Model model, HttpServletResponse response) {
        response.setStatus(e.problem() == Invitation.Problem.UNKNOWN ? 404 : 410);
        model.addAttribute("problem", e.problem().name().toLowerCase());
        return "identity/invitation-problem";
    }

    private static boolean validZone(String zone) {
        try {
            return zone != null && !zone.isBlank() && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The acceptance form. */
    record AcceptForm(
            @NotBlank(message = "{password.required}") @Size(max = 200, message = "{password.tooLong}") @NotClientFreeText("password")
            String password,

            @NotBlank(message = "{password.confirmRequired}") @NotClientFreeText("password")
            String confirmPassword,

            @AssertTrue(message = "{consent.required}") boolean consent,

            @NotBlank(message = "{timeZone.invalid}") @Size(max = 64) @NotClientFreeText("time zone")
            String timeZone) {}
}
