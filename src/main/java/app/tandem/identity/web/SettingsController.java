package app.tandem.identity.web;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.PasswordRules;
import app.tandem.identity.passkey.Passkeys;
import app.tandem.identity.password.PasswordChanges;
import app.tandem.identity.token.ApiTokens;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import app.tandem.shared.web.PageMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own settings: password, passkeys, how long to stay signed in, app tokens. */
@Controller
class SettingsController {

    /** Choices a client has for staying signed in on their own device, in minutes. */
    static final List<Integer> CLIENT_IDLE_CHOICES = List.of(30, 24 * 60, 7 * 24 * 60, 14 * 24 * 60, 30 * 24 * 60);

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final PasswordChanges passwords;
    private final PageMessages messages;
    private final Passkeys passkeys;

    SettingsController(
            AccountRepository accounts,
            ApiTokens tokens,
            PasswordChanges passwords,
            PageMessages messages,
            Passkeys passkeys) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.messages = messages;
        this.passkeys = passkeys;
    }

    @GetMapping("/settings")
    String settings(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String passkeyAdded,
            Model model) {
        if (passkeyAdded != null && !model.containsAttribute("flash")) {
            // the passkey script lands here after the ceremony: it cannot leave a flash message itself
            model.addAttribute("flash", messages.text("settings.passkeys.added"));
        }
        return page(user, model, new PasswordForm("", "", ""));
    }

    @PostMapping("/settings/passkeys/{id}/remove")
    String removePasskey(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        boolean removed = passkeys.remove(user.id(), id);
        messages.flash(redirect, removed ? "settings.passkeys.removed" : "settings.passkeys.alreadyRemoved");
        return "redirect:/settings";
    }

    @PostMapping("/settings/password")
    String changePassword(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (form.currentPassword() != null && !passwords.isCurrent(user.id(), form.currentPassword())) {
            result.rejectValue("currentPassword", "settings.password.wrong");
        }
        PasswordRules.problemWith(form.newPassword(), user.email())
                .ifPresent(k -> result.rejectValue("newPassword", k));
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return page(user, model, form);
        }
        passwords.change(user.id(), form.newPassword(), request.getSession().getId());
        messages.flash(redirect, "settings.password.changed");
        return "redirect:/settings";
    }

    @PostMapping("/settings/session")
    String staySignedIn(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer minutes,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!user.isClient() || minutes == null || !CLIENT_IDLE_CHOICES.contains(minutes)) {
            messages.flash(redirect, "settings.session.choose");
            return "redirect:/settings";
        }
        accounts.updateIdleMinutes(user.id(), minutes);
        request.getSession().setMaxInactiveInterval(minutes * 60);
        messages.flash(redirect, "settings.session.saved");
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(user.id(), id);
        messages.flash(redirect, revoked ? "settings.tokens.revoked" : "settings.tokens.alreadyRevoked");
        return "redirect:/settings";
    }

    private String page(CurrentUser user, Model model, PasswordForm form) {
        model.addAttribute("passwordForm", form);
        model.addAttribute("tokens", tokens.activeTokens(user.id()));
        model.addAttribute("passkeys", passkeys.of(user.id()));
        model.addAttribute("idleChoices", CLIENT_IDLE_CHOICES);
        model.addAttribute("idleMinutes", accounts.find(user.id()).orElseThrow().idleMinutes());
        return "identity/settings";
    }

    record PasswordForm(
            @NotBlank(message = "{settings.password.currentRequired}") @Size(max = 200) @NotClientFreeText("password")
            String currentPassword,

            @NotBlank(message = "{password.required}") @Size(max = 200, message = "{password.tooLong}") @NotClientFreeText("password")
            String newPassword,

            @NotBlank(message = "{password.confirmRequired}") @NotClientFreeText("password")
            String confirmPassword) {}
}
