package app.tandem.safety.alert;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import app.tandem.shared.web.PageMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice admin's safety page: alert deadlines, and open alerts that have been escalated. */
@Controller
class SafetyAdminController {

    /** The deadlines form. */
    record PolicyForm(
            @NotNull(message = "{alert.admin.highRequired}") @Min(value = 1, message = "{alert.admin.atLeastOneMinute}") @Max(value = 240, message = "{alert.admin.highAtMost}") Integer highMinutes,

            @NotNull(message = "{alert.admin.moderateRequired}") @Min(value = 1, message = "{alert.admin.atLeastOneMinute}") @Max(value = 2880, message = "{alert.admin.moderateAtMost}") Integer moderateMinutes,

            @NotNull(message = "{alert.admin.lowRequired}") @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "{alert.admin.lowInvalid}")
            @NotClientFreeText("time of day set by an admin")
            String lowTime) {

        static PolicyForm of(EscalationPolicy policy) {
            return new PolicyForm(
                    (int) policy.high().toMinutes(),
                    (int) policy.moderate().toMinutes(),
                    policy.lowAt().toString());
        }

        EscalationPolicy toPolicy() {
            return new EscalationPolicy(
                    Duration.ofMinutes(highMinutes), Duration.ofMinutes(moderateMinutes), LocalTime.parse(lowTime));
        }
    }

    private final SafetyAdministration administration;
    private final PageMessages messages;

    SafetyAdminController(SafetyAdministration administration, PageMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/safety")
    String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("form", PolicyForm.of(administration.policy(admin)));
        return view(admin, model);
    }

    @PostMapping("/admin/safety")
    String save(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(admin, model);
        }
        administration.savePolicy(admin, form.toPolicy());
        messages.flash(redirect, "alert.admin.saved");
        return "redirect:/admin/safety";
    }

    private String view(CurrentUser admin, Model model) {
        model.addAttribute("alerts", administration.openAlerts(admin));
        model.addAttribute("zone", admin.zone());
        return "safety/alert-admin";
    }
}
