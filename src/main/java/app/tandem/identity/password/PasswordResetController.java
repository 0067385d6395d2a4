package app.tandem.identity.password;

import app.tandem.identity.account.PasswordRules;
import app.tandem.shared.NotClientFreeText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Forgot your password?": ask for a link, then choose a new password. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("form", new ForgotForm(""));
        return "identity/password-forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(
            @Valid @ModelAttribute("form") ForgotForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return "identity/password-forgot";
        }
        if (!resets.requestReset(form.email(), request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "600");
            model.addAttribute("tooMany", true);
            return "identity/password-forgot";
        }
        model.addAttribute("sent", true);
        return "identity/password-forgot";
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.isUsable(token)) {
            response.setStatus(410);
            return "identity/password-link-problem";
        }
        model.addAttribute("token", token);
        model.addAttribute("form", new ResetForm("", ""));
        return "identity/password-reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") ResetForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        String email = resets.emailFor(token).orElse(null);
        if (email == null) {
            response.setStatus(410);
            return "identity/password-link-problem";
        }
        PasswordRules.problemWith(form.password(), email).ifPresent(key -> result.rejectValue("password", key));
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            model.addAttribute("token", token);
            return "identity/password-reset";
        }
        if (!resets.reset(token, form.password())) {
            response.setStatus(410);
            return "identity/password-link-problem";
        }
        return "redirect:/login?passwordChanged";
    }

    record ForgotForm(
            @NotBlank(message = "{invite.emailRequired}") @Email(message = "{invite.emailInvalid}") @Size(max = 320, message = "{invite.emailInvalid}") @NotClientFreeText("email address")
            String email) {}

    record ResetForm(
            @NotBlank(message = "{password.required}") @Size(max = 200, message = "{password.tooLong}") @NotClientFreeText("password")
            String password,

            @NotBlank(message = "{password.confirmRequired}") @NotClientFreeText("password")
            String confirmPassword) {}
}
