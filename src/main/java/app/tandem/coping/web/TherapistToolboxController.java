package app.tandem.coping.web;

import app.tandem.coping.internal.Toolbox;
import app.tandem.coping.internal.UseQueries;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import jakarta.validation.Valid;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's view of a client's toolbox: what has helped, pins, shared records, recent uses. */
@Controller
class TherapistToolboxController {

    private static final int RECENT = 20;

    private final UseQueries queries;
    private final Toolbox toolbox;
    private final Reasons reasons;
    private final People people;
    private final MessageSource messages;

    TherapistToolboxController(
            UseQueries queries, Toolbox toolbox, Reasons reasons, People people, MessageSource messages) {
        this.queries = queries;
        this.toolbox = toolbox;
        this.reasons = reasons;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/therapist/clients/{clientId}/toolbox")
    String view(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        UserId client = new UserId(clientId);
        model.addAttribute("ranking", reasons.explain(queries.ranking(therapist, client)));
        Person person = people.get(client);
        model.addAttribute("client", person);
        model.addAttribute("pins", queries.pins(therapist, client));
        model.addAttribute("shared", queries.shared(therapist, client, RECENT));
        model.addAttribute("recent", queries.recent(therapist, client, RECENT));
        java.util.List<app.tandem.coping.Technique> offered = toolbox.offered(person.practiceId());
        model.addAttribute("techniques", offered);
        model.addAttribute(
                "titles",
                offered.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                app.tandem.coping.Technique::id, app.tandem.coping.Technique::title)));
        model.addAttribute("zone", therapist.zone());
        return "coping/therapist";
    }

    @PostMapping("/therapist/clients/{clientId}/toolbox/pins")
    String pin(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @Valid @ModelAttribute PinForm pinForm,
            BindingResult errors,
            RedirectAttributes redirect) {
        queries.requireTherapistOf(therapist, new UserId(clientId)); // who may pin, before what is pinned
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid pin");
        }
        queries.pin(therapist, new UserId(clientId), pinForm.techniqueId(), pinForm.note());
        redirect.addFlashAttribute("flash", message("coping.therapist.pinned"));
        return "redirect:/therapist/clients/" + clientId + "/toolbox";
    }

    @PostMapping("/therapist/clients/{clientId}/toolbox/pins/{techniqueId}/remove")
    String unpin(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @PathVariable String techniqueId,
            RedirectAttributes redirect) {
        queries.unpin(therapist, new UserId(clientId), techniqueId);
        redirect.addFlashAttribute("flash", message("coping.therapist.unpinned"));
        return "redirect:/therapist/clients/" + clientId + "/toolbox";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
