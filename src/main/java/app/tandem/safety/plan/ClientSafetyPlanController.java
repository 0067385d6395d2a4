package app.tandem.safety.plan;

import app.tandem.shared.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's own safety plan: one tap from every page, readable and printable without JavaScript. */
@Controller
class ClientSafetyPlanController {

    private static final String BASE = "/client/safety-plan";

    private final PlanEditing editing;
    private final SafetyPlanService plans;
    private final MessageSource messages;

    ClientSafetyPlanController(PlanEditing editing, SafetyPlanService plans, MessageSource messages) {
        this.editing = editing;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String plan(@AuthenticationPrincipal CurrentUser client, Model model) {
        return editing.show(client, client.id(), BASE, model);
    }

    @GetMapping(BASE + "/print")
    String print(@AuthenticationPrincipal CurrentUser client, Model model) {
        return editing.print(client, client.id(), model);
    }

    @GetMapping(BASE + "/edit")
    String edit(@AuthenticationPrincipal CurrentUser client, Model model) {
        return editing.edit(client, client.id(), BASE, model);
    }

    @PostMapping(BASE + "/edit")
    String save(
            @AuthenticationPrincipal CurrentUser client,
            @Valid @ModelAttribute SafetyPlanForm safetyPlanForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return editing.save(client, client.id(), BASE, safetyPlanForm, errors, model, redirect);
    }

    @PostMapping(BASE + "/sharing")
    String sharing(
            @AuthenticationPrincipal CurrentUser client,
            @RequestParam(name = "shareOpened", defaultValue = "false") boolean shareOpened,
            RedirectAttributes redirect) {
        plans.setSharesOpening(client, shareOpened);
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage(
                        shareOpened ? "plan.sharing.on" : "plan.sharing.off", null, LocaleContextHolder.getLocale()));
        return "redirect:" + BASE;
    }
}
