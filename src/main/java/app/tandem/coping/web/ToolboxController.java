package app.tandem.coping.web;

import app.tandem.coping.GuideKind;
import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueUse;
import app.tandem.coping.UseContext;
import app.tandem.coping.internal.IdempotencyConflictException;
import app.tandem.coping.internal.InvalidUseException;
import app.tandem.coping.internal.Toolbox;
import app.tandem.coping.internal.UseDraft;
import app.tandem.coping.internal.UseQueries;
import app.tandem.coping.internal.UseRecorder;
import app.tandem.coping.internal.Violation;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's toolbox: the list, a guided technique with ratings before and after, and how a use went. */
@Controller
class ToolboxController {

    private static final int DEFAULT_MINUTES = 1;

    private final Toolbox toolbox;
    private final UseQueries queries;
    private final UseRecorder recorder;
    private final Reasons reasons;
    private final MessageSource messages;
    private final Clock clock;

    ToolboxController(
            Toolbox toolbox,
            UseQueries queries,
            UseRecorder recorder,
            Reasons reasons,
            MessageSource messages,
            Clock clock) {
        this.toolbox = toolbox;
        this.queries = queries;
        this.recorder = recorder;
        this.reasons = reasons;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/client/toolbox")
    String list(@AuthenticationPrincipal CurrentUser client, Model model) {
        model.addAttribute("techniques", toolbox.offered(client.practiceId()));
        model.addAttribute("pins", queries.pins(client, client.id()));
        model.addAttribute("ranking", reasons.explain(queries.ranking(client, client.id())));
        return "coping/toolbox";
    }

    @GetMapping("/client/toolbox/{id}")
    String technique(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String id,
            @RequestParam(required = false) String pattern,
            @RequestParam(required = false) Integer minutes,
            Model model) {
        Technique technique = technique(client, id);
        UseForm form = UseForm.blank(patternOf(technique, pattern), minutesOf(technique, minutes), clock.millis());
        return page(technique, form, model);
    }

    @PostMapping("/client/toolbox/{id}")
    String use(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String id,
            @ModelAttribute("useForm") UseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Technique technique = technique(client, id);
        if (errors.getTarget() == null || form.submitToken() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable technique form");
        }
        UseRecorder.Recorded saved;
        try {
            saved = recorder.record(client, draft(technique, form), "form:" + form.submitToken());
        } catch (IdempotencyConflictException reused) {
            // the same form token with other answers (e.g. a page kept offline): the first use stands
            return "redirect:/client/toolbox/uses/" + reused.existing();
        } catch (InvalidUseException invalid) {
            for (Violation v : invalid.violations()) {
                errors.reject(v.code(), v.args(), v.code());
            }
            return page(technique, form, model);
        }
        if (saved.safety().showCrisisCard()) {
            // the crisis card must be seen now: render the saved use directly, no redirect
            model.addAttribute("safetyOutcome", saved.safety());
            model.addAttribute("flash", message("coping.saved"));
            return usePage(client, saved.use(), model);
        }
        redirect.addFlashAttribute("flash", message("coping.saved"));
        return "redirect:/client/toolbox/uses/" + saved.use().id();
    }

    @GetMapping("/client/toolbox/uses/{useId}")
    String used(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID useId, Model model) {
        TechniqueUse use = queries.ownUse(client, useId).orElseThrow(ToolboxController::notFound);
        return usePage(client, use, model);
    }

    @PostMapping("/client/toolbox/uses/{useId}/share")
    String share(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID useId, RedirectAttributes redirect) {
        return setShared(client, useId, true, redirect);
    }

    @PostMapping("/client/toolbox/uses/{useId}/unshare")
    String unshare(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID useId, RedirectAttributes redirect) {
        return setShared(client, useId, false, redirect);
    }

    private String setShared(CurrentUser client, UUID useId, boolean shared, RedirectAttributes redirect) {
        if (!queries.setShared(client, useId, shared)) {
            throw notFound();
        }
        redirect.addFlashAttribute("flash", message(shared ? "coping.sharedNow" : "coping.privateNow"));
        return "redirect:/client/toolbox/uses/" + useId;
    }

    private String page(Technique technique, UseForm form, Model model) {
        model.addAttribute("technique", technique);
        model.addAttribute("useForm", form);
        model.addAttribute("contexts", UseContext.values());
        if (technique.guide() == GuideKind.PACER) {
            Technique.Pattern pattern = technique
                    .pacer()
                    .pattern(String.valueOf(form.variant()))
                    .orElse(technique.pacer().patterns().get(0));
            int minutes = form.minutes() == null ? DEFAULT_MINUTES : form.minutes();
            model.addAttribute("pattern", pattern);
            model.addAttribute("minutes", minutes);
            model.addAttribute("cycles", pattern.cyclesIn(minutes));
            model.addAttribute("phasesJson", phasesJson(pattern));
        }
        return "coping/technique";
    }

    private String usePage(CurrentUser client, TechniqueUse use, Model model) {
        model.addAttribute("use", use);
        model.addAttribute(
                "technique",
                toolbox.find(client.practiceId(), use.techniqueId()).orElse(null));
        return "coping/use";
    }

    private UseDraft draft(Technique technique, UseForm form) {
        Integer duration = form.durationSeconds();
        if (duration == null && form.startedAt() != null) {
            // without JavaScript: the time since the page was served, within what a use can take
            long seconds = (clock.millis() - form.startedAt()) / 1000;
            duration = (int) Math.max(0, Math.min(seconds, technique.minutes() * 60L * 4));
        }
        String variant = technique.guide() == GuideKind.PACER ? form.variant() : null;
        return new UseDraft(
                technique.id(),
                variant,
                form.context(),
                form.before(),
                form.after(),
                duration == null ? 0 : duration,
                form.completed(),
                form.answers(),
                Boolean.TRUE.equals(form.shared()));
    }

    private Technique technique(CurrentUser client, String id) {
        return toolbox.find(client.practiceId(), id).orElseThrow(ToolboxController::notFound);
    }

    private static String patternOf(Technique technique, String pattern) {
        if (technique.guide() != GuideKind.PACER) {
            return null;
        }
        return technique
                .pacer()
                .pattern(pattern == null ? "" : pattern)
                .orElse(technique.pacer().patterns().get(0))
                .id();
    }

    private static Integer minutesOf(Technique technique, Integer minutes) {
        if (technique.guide() != GuideKind.PACER) {
            return null;
        }
        return minutes != null && technique.pacer().lengths().contains(minutes) ? minutes : DEFAULT_MINUTES;
    }

    /** The phases for the pacer script, e.g. {@code [{"phase":"in","seconds":4.0}]}. */
    static String phasesJson(Technique.Pattern pattern) {
        return pattern.phases().stream()
                .map(p -> "{\"phase\":\"" + p.phase() + "\",\"seconds\":" + p.seconds() + "}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such technique or use");
    }
}
