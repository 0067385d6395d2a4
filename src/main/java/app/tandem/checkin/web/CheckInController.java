package app.tandem.checkin.web;

import app.tandem.checkin.CheckInView;
import app.tandem.checkin.internal.CheckInDraft;
import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.CheckInRecorder;
import app.tandem.checkin.internal.CheckInRules;
import app.tandem.checkin.internal.InvalidCheckInException;
import app.tandem.checkin.internal.StoredCheckIn;
import app.tandem.checkin.internal.Violation;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The client's daily check-in: the form, saving it (once per form token), and the saved page. */
@Controller
class CheckInController {

    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final LocalTime YESTERDAY_AT = LocalTime.of(21, 0);

    private final CheckInRecorder recorder;
    private final CheckInQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    CheckInController(CheckInRecorder recorder, CheckInQueries queries, MessageSource messages, Clock clock) {
        this.recorder = recorder;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/client/checkins/new")
    String form(@AuthenticationPrincipal CurrentUser client, Model model) {
        return showForm(
                model, CheckInForm.blank(UUID.randomUUID().toString(), nowInput(client.zone())), Map.of(), client);
    }

    @PostMapping("/client/checkins")
    String save(
            @AuthenticationPrincipal CurrentUser client,
            @ModelAttribute("form") CheckInForm form,
            BindingResult binding,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), formatMessage(e)));
        Instant at = recordedAt(form, client.zone(), errors);
        // The rules run even when some fields could not be read, so every problem shows at once.
        CheckInRules.check(draft(form, at), clock.instant()).forEach(v -> errors.putIfAbsent(formField(v), message(v)));
        if (errors.isEmpty()) {
            try {
                CheckInRecorder.Recorded saved = recorder.record(client, draft(form, at), submissionKey(form.token()));
                if (saved.safety().showCrisisCard() && !saved.repeated()) {
                    // Shown at once, not after a redirect: the card must not depend on a second request.
                    return showSaved(model, saved.checkIn(), saved.safety());
                }
                return "redirect:/client/checkins/" + saved.id();
            } catch (InvalidCheckInException e) {
                e.violations().forEach(v -> errors.putIfAbsent(formField(v), message(v)));
            }
        }
        return showForm(model, form, errors, client);
    }

    @GetMapping("/client/checkins/{id}")
    String saved(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        StoredCheckIn checkIn = queries.get(client, id);
        return showSaved(model, checkIn, CheckInRecorder.outcomeOf(checkIn));
    }

    private String showSaved(Model model, StoredCheckIn checkIn, app.tandem.safety.SafetyOutcome outcome) {
        if (outcome.showCrisisCard()) {
            model.addAttribute("safetyOutcome", outcome);
        }
        model.addAttribute("checkIn", checkIn.view());
        model.addAttribute(
                "recordedAt",
                checkIn.view().recordedAt().atZone(ZoneId.of(checkIn.view().timeZone())));
        return "checkin/saved";
    }

    private String showForm(Model model, CheckInForm form, Map<String, String> errors, CurrentUser client) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "scale", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
        model.addAttribute(
                "qualityScale",
                java.util.stream.IntStream.rangeClosed(1, 5).boxed().toList());
        model.addAttribute("emotions", CheckInView.EMOTIONS);
        model.addAttribute("tags", CheckInView.TAGS);
        model.addAttribute("noteMax", CheckInRules.NOTE_MAX);
        model.addAttribute(
                "earliest",
                LocalDateTime.ofInstant(clock.instant().minus(CheckInRules.LATEST_BACKFILL), client.zone())
                        .format(LOCAL_INPUT));
        model.addAttribute("latest", nowInput(client.zone()));
        return "checkin/form";
    }

    private Instant recordedAt(CheckInForm form, ZoneId zone, Map<String, String> errors) {
        String when = form.when() == null ? "now" : form.when();
        switch (when) {
            case "yesterday":
                return LocalDateTime.of(
                                LocalDateTime.now(clock.withZone(zone))
                                        .toLocalDate()
                                        .minusDays(1),
                                YESTERDAY_AT)
                        .atZone(zone)
                        .toInstant();
            case "other":
                if (form.at() == null || form.at().isBlank()) {
                    errors.put("at", text("checkin.error.when.missing"));
                    return null;
                }
                try {
                    return LocalDateTime.parse(form.at().strip()).atZone(zone).toInstant();
                } catch (DateTimeParseException e) {
                    errors.put("at", text("checkin.error.when.format"));
                    return null;
                }
            default:
                return null;
        }
    }

    private static CheckInDraft draft(CheckInForm form, Instant at) {
        return new CheckInDraft(
                form.mood(),
                form.anxiety(),
                form.sleepHours(),
                form.sleepQuality(),
                form.energy(),
                form.emotions(),
                form.tags(),
                form.note(),
                at);
    }

    /** The form's one-time token scopes the save; a missing or forged token just means no protection. */
    private static String submissionKey(String token) {
        try {
            return "form:" + UUID.fromString(token == null ? "" : token.strip());
        } catch (IllegalArgumentException e) {
            return "form:" + UUID.randomUUID();
        }
    }

    private String nowInput(ZoneId zone) {
        return LocalDateTime.now(clock.withZone(zone))
                .truncatedTo(ChronoUnit.MINUTES)
                .format(LOCAL_INPUT);
    }

    private static String formField(Violation v) {
        return v.field().equals("recordedAt") ? "at" : v.field();
    }

    private String formatMessage(FieldError e) {
        return text("checkin.error.format." + e.getField().replaceAll("\\[.*", ""));
    }

    private String message(Violation v) {
        return messages.getMessage(v.code(), v.args(), LocaleContextHolder.getLocale());
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
