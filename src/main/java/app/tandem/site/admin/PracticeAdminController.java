package app.tandem.site.admin;

import app.tandem.identity.People;
import app.tandem.practice.CrisisResource;
import app.tandem.practice.OnCallRota;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageMessages;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for the practice: settings, crisis resources and the on-call/backup rota. */
@Controller
class PracticeAdminController {

    private final Practices practices;
    private final OnCallRota rota;
    private final People people;
    private final PageMessages messages;

    PracticeAdminController(Practices practices, OnCallRota rota, People people, PageMessages messages) {
        this.practices = practices;
        this.rota = rota;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/admin/practice")
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        PracticeView practice = practices.get(admin.practiceId());
        return page(
                admin, model, SettingsForm.of(practice), ResourcesForm.of(practices.crisisResources(practice.id())));
    }

    @PostMapping("/admin/practice")
    String saveSettings(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("settings") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.validateInto(result);
        if (result.hasErrors()) {
            return page(admin, model, form, ResourcesForm.of(practices.crisisResources(admin.practiceId())));
        }
        practices.updateSettings(admin.practiceId(), form.toSettings());
        messages.flash(redirect, "admin.practice.saved");
        return "redirect:/admin/practice";
    }

    /**
     * Refuses a crisis-resources post naming a line far beyond the form's before binding: Spring's constructor
     * binding of a list with a large sparse index fails with an IndexOutOfBoundsException (a 500).
     */
    @InitBinder("resources")
    void refuseFarLineIndexes(WebRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            Matcher m = LINE_INDEX.matcher(name);
            if (m.lookingAt() && (m.group(1).length() > 3 || Integer.parseInt(m.group(1)) >= ResourcesForm.MAX_LINES)) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "At most " + ResourcesForm.MAX_LINES + " crisis resources");
            }
        }
    }

    private static final Pattern LINE_INDEX = Pattern.compile("lines\\[(\\d+)]");

    @PostMapping("/admin/practice/mfa")
    String requireMfa(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(defaultValue = "false") boolean required,
            RedirectAttributes redirect) {
        practices.requireMfa(admin.practiceId(), required);
        messages.flash(redirect, required ? "admin.practice.mfa.nowRequired" : "admin.practice.mfa.noLongerRequired");
        return "redirect:/admin/practice";
    }

    @PostMapping("/admin/practice/crisis-resources")
    String saveResources(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("resources") ResourcesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.validateInto(result);
        if (result.hasErrors()) {
            return page(admin, model, SettingsForm.of(practices.get(admin.practiceId())), form);
        }
        practices.replaceCrisisResources(admin.practiceId(), form.toResources());
        messages.flash(redirect, "admin.resources.saved");
        return "redirect:/admin/practice";
    }

    @PostMapping("/admin/practice/rota")
    String addToRota(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) UUID therapist,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            RedirectAttributes redirect) {
        boolean isTherapist = therapist != null
                && people.find(new UserId(therapist))
                        .filter(p -> p.practiceId().equals(admin.practiceId()) && p.isTherapist())
                        .isPresent();
        ZoneId zone = practices.get(admin.practiceId()).zone();
        Instant start = startsAt == null || !plausible(startsAt)
                ? null
                : startsAt.atZone(zone).toInstant();
        Instant end = endsAt == null || !plausible(endsAt)
                ? null
                : endsAt.atZone(zone).toInstant();
        if (!isTherapist) {
            messages.flash(redirect, "admin.rota.chooseTherapist");
        } else if (!plausible(startsAt) || !plausible(endsAt)) {
            messages.flash(redirect, "admin.rota.yearsInvalid");
        } else if ((start == null) != (end == null) || (start != null && !end.isAfter(start))) {
            messages.flash(redirect, "admin.rota.startAndEnd");
        } else {
            rota.addEntry(admin.practiceId(), new UserId(therapist), start, end);
            messages.flash(redirect, "admin.rota.added");
        }
        return "redirect:/admin/practice#rota";
    }

    /** A rota time outside years a person means (and a database column holds). */
    @PostMapping("/admin/practice/rota/{entry}/remove")
    String removeFromRota(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable UUID entry, RedirectAttributes redirect) {
        rota.removeEntry(admin.practiceId(), entry);
        messages.flash(redirect, "admin.rota.removed");
        return "redirect:/admin/practice#rota";
    }

    /** A rota date a person could mean; far years overflow the databases' timestamp range. */
    private static boolean plausible(LocalDateTime at) {
        return at == null || (at.getYear() >= 2000 && at.getYear() <= 2100);
    }

    private String page(CurrentUser admin, Model model, SettingsForm settings, ResourcesForm resources) {
        PracticeView practice = practices.get(admin.practiceId());
        model.addAttribute("practice", practice);
        model.addAttribute("mfaRequired", practices.mfaRequired(admin.practiceId()));
        // Re-adding a bound form would drop its BindingResult (and with it a conversion error such as "noon").
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", settings);
        }
        if (!model.containsAttribute("resources")) {
            model.addAttribute("resources", resources);
        }
        model.addAttribute("therapists", people.therapists(admin.practiceId()));
        List<RotaLine> lines = new ArrayList<>();
        for (var e : rota.entries(admin.practiceId())) {
            lines.add(new RotaLine(
                    e.id(),
                    people.find(e.therapist()).map(p -> p.displayName()).orElse("(former staff)"),
                    e.isStandingBackup(),
                    e.startsAt() == null
                            ? null
                            : e.startsAt().atZone(practice.zone()).toLocalDateTime(),
                    e.endsAt() == null
                            ? null
                            : e.endsAt().atZone(practice.zone()).toLocalDateTime()));
        }
        model.addAttribute("rota", lines);
        return "site/admin-practice";
    }

    /** A rota entry as the page lists it, in the practice's time zone. */
    record RotaLine(UUID id, String therapist, boolean standing, LocalDateTime startsAt, LocalDateTime endsAt) {}

    static List<CrisisResource> nonBlank(List<CrisisResource> resources) {
        return resources.stream()
                .filter(r -> r.label() != null && !r.label().isBlank())
                .toList();
    }
}
