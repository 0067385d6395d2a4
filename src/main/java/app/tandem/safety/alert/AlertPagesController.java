package app.tandem.safety.alert;

import app.tandem.safety.AcknowledgementResult;
import app.tandem.safety.AlertOutcome;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's alerts inbox, one alert's page with its acknowledgement form, and the live stream. */
@Controller
class AlertPagesController {

    private final AlertDesk desk;
    private final LiveAlertFeed feed;
    private final MessageSource messages;

    AlertPagesController(AlertDesk desk, LiveAlertFeed feed, MessageSource messages) {
        this.desk = desk;
        this.feed = feed;
        this.messages = messages;
    }

    @GetMapping("/therapist/alerts")
    String inbox(@AuthenticationPrincipal CurrentUser therapist, Model model) {
        model.addAttribute("alerts", desk.openFor(therapist));
        model.addAttribute("zone", therapist.zone());
        return "safety/alert-inbox";
    }

    @GetMapping(path = "/therapist/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@AuthenticationPrincipal CurrentUser therapist, HttpServletResponse response) {
        response.setHeader("X-Accel-Buffering", "no"); // a buffering proxy would hold events back
        return feed.connect(therapist.id());
    }

    @GetMapping("/therapist/alerts/{id}")
    String alert(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID id, Model model) {
        model.addAttribute("form", AcknowledgementForm.empty());
        return page(therapist, id, model);
    }

    @PostMapping("/therapist/alerts/{id}/acknowledgements")
    String acknowledge(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID id,
            @ModelAttribute("form") AcknowledgementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        desk.requireAccess(therapist, id);
        List<AcknowledgementForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(therapist, id, model);
        }
        AcknowledgementResult result = desk.acknowledge(therapist, id, form.toAcknowledgement());
        redirect.addFlashAttribute("flash", flash(result, therapist));
        return "redirect:/therapist/alerts/" + id;
    }

    private String page(CurrentUser therapist, UUID id, Model model) {
        model.addAttribute("details", desk.details(therapist, id));
        model.addAttribute("zone", therapist.zone());
        model.addAttribute("outcomes", AlertOutcome.values());
        return "safety/alert-page";
    }

    private String flash(AcknowledgementResult result, CurrentUser therapist) {
        if (!result.alreadyAcknowledged()) {
            return messages.getMessage("alert.ack.done", null, Locale.US);
        }
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.US)
                .format(result.acknowledgedAt().atZone(therapist.zone()));
        return messages.getMessage("alert.ack.already", new Object[] {result.acknowledgedByName(), at}, Locale.US);
    }
}
