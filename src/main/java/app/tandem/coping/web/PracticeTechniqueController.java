package app.tandem.coping.web;

import app.tandem.coping.internal.Toolbox;
import app.tandem.shared.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practice's own techniques: therapists and admins write them, an admin approves them before clients see them. */
@Controller
class PracticeTechniqueController {

    private final Toolbox toolbox;
    private final MessageSource messages;

    PracticeTechniqueController(Toolbox toolbox, MessageSource messages) {
        this.toolbox = toolbox;
        this.messages = messages;
    }

    @GetMapping({"/therapist/toolbox/techniques", "/admin/toolbox/techniques"})
    String list(@AuthenticationPrincipal CurrentUser staff, Model model) {
        return page(staff, PracticeTechniqueForm.blank(), model);
    }

    @PostMapping({"/therapist/toolbox/techniques", "/admin/toolbox/techniques"})
    String write(
            @AuthenticationPrincipal CurrentUser staff,
            @Valid @ModelAttribute PracticeTechniqueForm practiceTechniqueForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || practiceTechniqueForm.stepList().isEmpty()) {
            return page(staff, practiceTechniqueForm, model);
        }
        toolbox.write(
                staff,
                practiceTechniqueForm.title(),
                practiceTechniqueForm.purpose(),
                practiceTechniqueForm.stepList(),
                practiceTechniqueForm.minutes());
        redirect.addFlashAttribute("flash", message("coping.practice.written"));
        return "redirect:" + base(staff);
    }

    @PostMapping("/admin/toolbox/techniques/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id, RedirectAttributes redirect) {
        if (!toolbox.approve(admin, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No technique waiting for review");
        }
        redirect.addFlashAttribute("flash", message("coping.practice.approved"));
        return "redirect:/admin/toolbox/techniques";
    }

    private String page(CurrentUser staff, PracticeTechniqueForm form, Model model) {
        model.addAttribute("own", toolbox.practiceOwn(staff));
        model.addAttribute("practiceTechniqueForm", form);
        model.addAttribute("base", base(staff));
        model.addAttribute("canApprove", staff.isAdmin());
        return "coping/practice-techniques";
    }

    private static String base(CurrentUser staff) {
        return staff.isAdmin() ? "/admin/toolbox/techniques" : "/therapist/toolbox/techniques";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
