package app.tandem.identity.web;

import app.tandem.shared.CurrentUser;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with a plain reason when the last attempt did not work. */
@Controller
class LoginController {

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) Long seconds,
            @RequestParam(required = false) String signedOut,
            @RequestParam(required = false) String welcome,
            @RequestParam(required = false) String passwordChanged,
            Model model,
            Locale locale) {
        if (CurrentUser.current().isPresent()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute(
                    "error",
                    switch (error) {
                        case "paused" ->
                            messages.getMessage(
                                    "login.error.paused",
                                    new Object[] {waitText(seconds == null ? 60 : seconds)},
                                    locale);
                        case "disabled" -> messages.getMessage("login.error.disabled", null, locale);
                        case "expired" -> messages.getMessage("login.error.expired", null, locale);
                        case "passkey" -> messages.getMessage("login.error.passkey", null, locale);
                        case "passkeyRequired" -> messages.getMessage("login.error.passkeyRequired", null, locale);
                        default -> messages.getMessage("login.error.credentials", null, locale);
                    });
        }
        String notice = signedOut != null
                ? "login.signedOut"
                : welcome != null ? "login.welcome" : passwordChanged != null ? "login.passwordChanged" : null;
        if (notice != null) {
            model.addAttribute("notice", messages.getMessage(notice, null, locale));
        }
        return "identity/login";
    }

    static String waitText(long seconds) {
        Duration wait = Duration.ofSeconds(Math.max(1, Math.min(seconds, 24 * 3600)));
        if (wait.toMinutes() < 1) {
            return wait.toSeconds() + " seconds";
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
