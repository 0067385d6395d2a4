package app.tandem.measure.web;

import app.tandem.measure.internal.BaselineSds;
import app.tandem.measure.internal.BaselineSds.InvalidBaselineSdException;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.Enablement.LicenceNotConfirmedException;
import app.tandem.measure.internal.Enablement.Setting;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.NotClientFreeText;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's table of instruments the practice offers, with licences and attribution. */
@Controller
class InstrumentAdminController {

    private final Enablement enablement;
    private final BaselineSds baselineSds;
    private final MessageSource messages;

    InstrumentAdminController(Enablement enablement, BaselineSds baselineSds, MessageSource messages) {
        this.enablement = enablement;
        this.baselineSds = baselineSds;
        this.messages = messages;
    }

    @GetMapping("/admin/instruments")
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("settings", enablement.settings(admin.practiceId()));
        model.addAttribute("sds", baselineSds.all(admin.practiceId()));
        return "measure/admin-instruments";
    }

    /** What the admin typed for one instrument's baseline SD, shown again when it is refused. */
    record SdForm(
            @NotClientFreeText("instrument code") String code,
            @NotClientFreeText("a number") String sd,

            @NotClientFreeText("an admin's citation, no client text")
            String source) {}

    @PostMapping("/admin/instruments/{code}/baseline-sd")
    String baselineSd(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable String code,
            @RequestParam(required = false) String sd,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "set") String action,
            Model model,
            HttpServletResponse response,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            if ("clear".equals(action)) {
                baselineSds.clear(admin.practiceId(), code);
            } else {
                baselineSds.set(admin.practiceId(), admin.id(), code, number(sd), source);
            }
        } catch (InvalidBaselineSdException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("settings", enablement.settings(admin.practiceId()));
            model.addAttribute("sds", baselineSds.all(admin.practiceId()));
            model.addAttribute("sdError", e.messageCode());
            model.addAttribute("sdForm", new SdForm(code, sd, source));
            return "measure/admin-instruments";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("measure.sd.saved", null, locale));
        return "redirect:/admin/instruments";
    }

    private static Double number(String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? null
                    : Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping("/admin/instruments")
    String save(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = "enabled", required = false) List<String> enabled,
            @RequestParam(name = "licence", required = false) List<String> licence,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Set<String> offered = new HashSet<>(enabled == null ? List.of() : enabled);
        Set<String> confirmed = new HashSet<>(licence == null ? List.of() : licence);
        try {
            enablement.save(admin.practiceId(), admin.id(), offered, confirmed);
        } catch (LicenceNotConfirmedException e) {
            // Nothing was saved: show the admin's own ticks again so that fixing one box is all it takes.
            model.addAttribute(
                    "settings",
                    enablement.settings(admin.practiceId()).stream()
                            .map(s -> s.withEnabled(
                                    offered.contains(s.instrument().code())))
                            .toList());
            model.addAttribute("licenceTicked", confirmed);
            model.addAttribute("sds", baselineSds.all(admin.practiceId()));
            model.addAttribute("licenceError", e.code());
            return "measure/admin-instruments";
        }
        redirect.addFlashAttribute("flash", savedMessage(admin, locale));
        return "redirect:/admin/instruments";
    }

    /** Says what is offered now, and names a licence confirmed for a questionnaire that is still not offered. */
    private String savedMessage(CurrentUser admin, Locale locale) {
        List<Setting> settings = enablement.settings(admin.practiceId());
        String offered = settings.stream()
                .filter(Setting::enabled)
                .map(s -> s.instrument().shortName())
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(
                offered.isEmpty()
                        ? messages.getMessage("measure.admin.savedNone", null, locale)
                        : messages.getMessage("measure.admin.saved", new Object[] {offered}, locale));
        settings.stream()
                .filter(s -> s.licenceConfirmed() && !s.enabled())
                .forEach(s -> text.append(' ')
                        .append(messages.getMessage(
                                "measure.admin.licensedNotOffered",
                                new Object[] {s.instrument().shortName()},
                                locale)));
        return text.toString();
    }
}
