package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.AgendaKeyReusedException;
import app.tandem.appointment.internal.AgendaService;
import app.tandem.appointment.internal.InvalidSessionException;
import app.tandem.appointment.internal.SessionService;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's sessions page: upcoming and past sessions, and the agenda for the next one (works without JS). */
@Controller
class ClientSessionsController {

    private final SessionService sessions;
    private final AgendaService agenda;
    private final MessageSource messages;
    private final Clock clock;

    ClientSessionsController(SessionService sessions, AgendaService agenda, MessageSource messages, Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/client/sessions")
    String page(@AuthenticationPrincipal CurrentUser client, Model model) {
        Instant now = clock.instant();
        ZoneId zone = sessions.practiceZone(client);
        List<SessionRow> upcoming = new ArrayList<>();
        List<SessionRow> past = new ArrayList<>();
        for (Session s : sessions.ofClient(client, client.id())) {
            SessionRow row = SessionRow.of(s, zone, client.zone(), null, now);
            if (!s.hasStarted(now) && s.status() != SessionStatus.CANCELLED) {
                upcoming.add(row);
            } else if (s.hasStarted(now)) {
                past.add(row);
            }
        }
        Collections.reverse(past);
        AgendaService.Agenda next = agenda.nextFor(client, client.id());
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("agenda", next.items());
        model.addAttribute(
                "agendaSession",
                next.session()
                        .map(s -> SessionRow.of(s, zone, client.zone(), null, now))
                        .orElse(null));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("submitToken", UUID.randomUUID());
        if (!model.containsAttribute("agendaText")) {
            model.addAttribute("agendaText", "");
        }
        return "appointment/client-sessions";
    }

    @PostMapping("/client/sessions/agenda")
    String add(
            @AuthenticationPrincipal CurrentUser client,
            @ModelAttribute AgendaForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            AgendaService.Added added = agenda.add(client, form.text(), "form:" + form.submitToken());
            if (added.safety().showCrisisCard()) {
                // the crisis card must be seen now: render the page directly, no redirect
                model.addAttribute("safetyOutcome", added.safety());
                model.addAttribute("flash", message("appointment.agenda.added"));
                return page(client, model);
            }
            redirect.addFlashAttribute("flash", message("appointment.agenda.added"));
        } catch (InvalidSessionException invalid) {
            model.addAttribute("agendaError", message(invalid.code()));
            model.addAttribute("agendaText", form.text() == null ? "" : form.text());
            return page(client, model);
        } catch (AgendaKeyReusedException reused) {
            redirect.addFlashAttribute("flash", message("appointment.agenda.error.key"));
        }
        return "redirect:/client/sessions#agenda";
    }

    @PostMapping("/client/sessions/agenda/{id}/up")
    String up(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, "appointment.agenda.moved", () -> agenda.move(client, id, true));
    }

    @PostMapping("/client/sessions/agenda/{id}/down")
    String down(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, "appointment.agenda.moved", () -> agenda.move(client, id, false));
    }

    @PostMapping("/client/sessions/agenda/{id}/removal")
    String remove(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, "appointment.agenda.removed", () -> agenda.remove(client, id));
    }

    private String change(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", message(done));
        } catch (InvalidSessionException invalid) {
            redirect.addFlashAttribute("flash", message(invalid.code()));
        }
        return "redirect:/client/sessions#agenda";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
