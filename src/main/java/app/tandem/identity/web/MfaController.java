package app.tandem.identity.web;

import app.tandem.identity.mfa.QrCodes;
import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.passkey.Passkeys;
import app.tandem.identity.password.PasswordChanges;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Two-step sign-in in the person's own settings: set up with an authenticator app, or switch off. */
@Controller
class MfaController {

    private final SecondFactors factors;
    private final PasswordChanges passwords;
    private final Practices practices;
    private final PageMessages messages;
    private final Passkeys passkeys;

    MfaController(
            SecondFactors factors,
            PasswordChanges passwords,
            Practices practices,
            PageMessages messages,
            Passkeys passkeys) {
        this.factors = factors;
        this.passwords = passwords;
        this.practices = practices;
        this.messages = messages;
        this.passkeys = passkeys;
    }

    @GetMapping("/settings/mfa")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/settings/mfa/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code, Model model) {
        Optional<List<String>> recoveryCodes =
                code == null || code.length() > 20 ? Optional.empty() : factors.confirm(user.id(), code.trim());
        if (recoveryCodes.isEmpty()) {
            return page(user, model, "mfa.error.code");
        }
        // shown on this response only: never stored in plain text, never in a redirect or flash
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return "identity/mfa-recovery-codes";
    }

    @PostMapping("/settings/mfa/recovery-codes")
    String newRecoveryCodes(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String password, Model model) {
        boolean passwordRight =
                password != null && password.length() <= 200 && passwords.isCurrent(user.id(), password);
        Optional<List<String>> codes = passwordRight ? factors.replaceRecoveryCodes(user.id()) : Optional.empty();
        if (codes.isEmpty()) {
            return page(user, model, "mfa.error.newCodes");
        }
        // as at enrolment: shown on this response only, stored hashed
        model.addAttribute("recoveryCodes", codes.get());
        return "identity/mfa-recovery-codes";
    }

    @PostMapping("/settings/mfa/off")
    String turnOff(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String code,
            Model model,
            RedirectAttributes redirect) {
        if (required(user)) {
            return page(user, model, "mfa.error.required");
        }
        boolean passwordRight =
                password != null && password.length() <= 200 && passwords.isCurrent(user.id(), password);
        if (!passwordRight || code == null || code.length() > 40 || !factors.verify(user.id(), code.trim())) {
            return page(user, model, "mfa.error.off");
        }
        factors.turnOff(user.id());
        messages.flash(redirect, "mfa.off.done");
        return "redirect:/settings";
    }

    private String page(CurrentUser user, Model model, String error) {
        model.addAttribute("error", error);
        model.addAttribute("required", required(user));
        // a passkey also counts: enrolment offers one beside the app
        model.addAttribute("passkeys", passkeys.of(user.id()));
        Optional<SecondFactors.Enrolment> enrolment = factors.pendingEnrolment(user.id(), user.email());
        model.addAttribute("on", enrolment.isEmpty());
        if (enrolment.isPresent() && required(user)) {
            // the live alert stream is closed until enrolment is done: the layout does not open it
            model.addAttribute("mfaEnrolmentPending", true);
        }
        enrolment.ifPresent(e -> {
            model.addAttribute("secret", e.secret().replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("qrCode", QrCodes.pngDataUri(e.uri()));
        });
        if (enrolment.isEmpty()) {
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user.id()));
        }
        return "identity/mfa";
    }

    private boolean required(CurrentUser user) {
        return (user.isTherapist() || user.isAdmin()) && practices.mfaRequired(user.practiceId());
    }
}
