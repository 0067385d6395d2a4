package app.tandem.safety.plan;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page flow shared by the client's and the therapist's plan pages; {@code base} is the plan's URL. */
@Component
class PlanEditing {

    private final SafetyPlanService plans;
    private final MessageSource messages;

    PlanEditing(SafetyPlanService plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    String show(CurrentUser viewer, UserId client, String base, Model model) {
        model.addAttribute("page", plans.open(viewer, client));
        model.addAttribute("base", base);
        return "safety/plan";
    }

    String print(CurrentUser viewer, UserId client, Model model) {
        model.addAttribute("page", plans.open(viewer, client));
        return "safety/plan-print";
    }

    String edit(CurrentUser viewer, UserId client, String base, Model model) {
        PlanPage page = plans.read(viewer, client);
        SafetyPlanForm form = SafetyPlanForm.of(page);
        model.addAttribute("safetyPlanForm", form);
        return editForm(page, form.openedVersion(), base, model);
    }

    String save(
            CurrentUser author,
            UserId client,
            String base,
            SafetyPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        plans.requireAccess(author, client);
        if (form == null || errors.getTarget() == null) {
            // Only a tampered form gets here: the hidden version or token could not be read.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable safety plan form");
        }
        if (errors.hasErrors()) {
            PlanPage page = plans.read(author, client);
            return editForm(page, form.openedVersion() == null ? page.version() : form.openedVersion(), base, model);
        }
        SafetyPlanService.Saved saved;
        try {
            saved = plans.save(author, client, form.openedVersion(), form.content(), form.submitToken());
        } catch (PlanChangedMeanwhile | DuplicateKeyException changedMeanwhile) {
            // Keep the editor's words on the form; they see the newer plan above it and merge by hand.
            errors.reject("plan.changedMeanwhile", message("plan.changedMeanwhile"));
            PlanPage newer = plans.read(author, client);
            model.addAttribute("conflict", true);
            return editForm(newer, newer.version(), base, model);
        }
        String flash = message(saved.changed() ? "plan.saved" : "plan.unchanged");
        if (saved.outcome().showCrisisCard()) {
            model.addAttribute("safetyOutcome", saved.outcome());
            model.addAttribute("flash", flash);
            return show(author, client, base, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + base;
    }

    private String editForm(PlanPage page, int openedVersion, String base, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("openedVersion", openedVersion);
        model.addAttribute("base", base);
        model.addAttribute("fields", SafetyPlanForm.FIELDS);
        return "safety/plan-edit";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
