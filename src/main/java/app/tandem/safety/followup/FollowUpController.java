package app.tandem.safety.followup;

import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-up questions offered after a risk signal; every question and the whole page can be skipped. */
@Controller
class FollowUpController {

    /** The questions in order: form field and message key stem. */
    static final List<String> QUESTIONS = List.of("wishDead", "thoughts", "method", "intent", "plan", "behaviour");

    private final FollowUpService followUps;
    private final MessageSource messages;

    FollowUpController(FollowUpService followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @GetMapping("/client/safety/check")
    String questions(@RequestParam(name = "alert", required = false) UUID alert, Model model) {
        model.addAttribute("followUpForm", FollowUpForm.blank(alert));
        model.addAttribute("questions", QUESTIONS);
        return "safety/followup";
    }

    @PostMapping("/client/safety/check")
    String answer(
            @AuthenticationPrincipal CurrentUser client,
            @Valid @ModelAttribute FollowUpForm followUpForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable follow-up form");
        }
        if (errors.hasErrors()) {
            model.addAttribute("questions", QUESTIONS);
            return "safety/followup";
        }
        if (!followUpForm.answers().answeredAny()) {
            redirect.addFlashAttribute("flash", message("followup.skipped"));
            return "redirect:/";
        }
        SafetyOutcome outcome =
                followUps.answer(client, followUpForm.alert(), followUpForm.answers(), followUpForm.submitToken());
        if (outcome.showCrisisCard()) {
            model.addAttribute("safetyOutcome", outcome);
            return "safety/followup-done";
        }
        redirect.addFlashAttribute("flash", message("followup.saved"));
        return "redirect:/";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
