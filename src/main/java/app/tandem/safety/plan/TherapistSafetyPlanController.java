package app.tandem.safety.plan;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's safety plan for their therapist, who builds and reviews it with them in session. */
@Controller
class TherapistSafetyPlanController {

    private final PlanEditing editing;

    TherapistSafetyPlanController(PlanEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/therapist/clients/{clientId}/safety-plan")
    String plan(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        return editing.show(therapist, new UserId(clientId), base(clientId), model);
    }

    @GetMapping("/therapist/clients/{clientId}/safety-plan/print")
    String print(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        return editing.print(therapist, new UserId(clientId), model);
    }

    @GetMapping("/therapist/clients/{clientId}/safety-plan/edit")
    String edit(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        return editing.edit(therapist, new UserId(clientId), base(clientId), model);
    }

    @PostMapping("/therapist/clients/{clientId}/safety-plan/edit")
    String save(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @Valid @ModelAttribute SafetyPlanForm safetyPlanForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return editing.save(therapist, new UserId(clientId), base(clientId), safetyPlanForm, errors, model, redirect);
    }

    private static String base(UUID clientId) {
        return "/therapist/clients/" + clientId + "/safety-plan";
    }
}
