package app.tandem.measure.web;

import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.Enablement.LicenceNotConfirmedException;
import app.tandem.shared.CurrentUser;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's table of instruments the practice offers, with licences and attribution. */
@Controller
class InstrumentAdminController {

    private final Enablement enablement;

    InstrumentAdminController(Enablement enablement) {
        this.enablement = enablement;
    }

    @GetMapping("/admin/instruments")
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("settings", enablement.settings(admin.practiceId()));
        return "measure/admin-instruments";
    }

    @PostMapping("/admin/instruments")
    String save(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = "enabled", required = false) List<String> enabled,
            @RequestParam(name = "licence", required = false) List<String> licence,
            Model model,
            RedirectAttributes redirect) {
        try {
            enablement.save(
                    admin.practiceId(),
                    admin.id(),
                    new HashSet<>(enabled == null ? List.of() : enabled),
                    new HashSet<>(licence == null ? List.of() : licence));
        } catch (LicenceNotConfirmedException e) {
            model.addAttribute("settings", enablement.settings(admin.practiceId()));
            model.addAttribute("licenceError", e.code());
            return "measure/admin-instruments";
        }
        redirect.addFlashAttribute("flash", "Instrument choices saved.");
        return "redirect:/admin/instruments";
    }
}
