package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.InvalidSessionException;
import app.tandem.appointment.internal.SessionService;
import app.tandem.appointment.schedule.Session;
import app.tandem.booking.Consultations;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist's sessions: the two-week page across the caseload (with booked consultations), scheduling from the
 * client's page, editing, marking what happened and cancelling the rest of a series. Every action redirects back.
 */
@Controller
class TherapistSessionsController {

    private final SessionService sessions;
    private final Consultations consultations;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    TherapistSessionsController(
            SessionService sessions, Consultations consultations, People people, MessageSource messages, Clock clock) {
        this.sessions = sessions;
        this.consultations = consultations;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/therapist/sessions")
    String calendar(
            @AuthenticationPrincipal CurrentUser therapist,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model) {
        ZoneId zone = sessions.practiceZone(therapist);
        LocalDate monday = (week == null ? LocalDate.now(clock.withZone(zone)) : week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(2).atStartOfDay(zone).toInstant();
        Map<UserId, String> names = people.clientsOf(therapist.id()).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName, (a, b) -> a));
        Instant now = clock.instant();
        model.addAttribute(
                "days",
                CalendarDay.fortnight(
                        monday,
                        zone,
                        sessions.calendar(therapist, from, to).stream()
                                .map(s -> SessionRow.of(s, zone, therapist.zone(), nameOf(names, s), now))
                                .toList(),
                        consultations.bookedBetween(therapist.id(), from, to)));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("monday", monday);
        model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
        return "appointment/therapist-sessions";
    }

    @PostMapping("/therapist/clients/{clientId}/sessions")
    String schedule(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @ModelAttribute SessionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String flash;
        if (errors.hasErrors()) {
            flash = message("appointment.error." + firstError(errors));
        } else {
            try {
                int made = sessions.schedule(therapist, new UserId(clientId), form.draft())
                        .size();
                flash = message("appointment.scheduled", made);
            } catch (InvalidSessionException invalid) {
                flash = message(invalid.code());
            }
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/therapist/clients/" + clientId + "#sessions";
    }

    @GetMapping("/therapist/sessions/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID id, Model model) {
        Session s = sessions.get(therapist, id);
        ZoneId zone = sessions.practiceZone(therapist);
        model.addAttribute("row", SessionRow.of(s, zone, therapist.zone(), null, clock.instant()));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("modalities", app.tandem.appointment.Modality.values());
        return "appointment/edit";
    }

    @PostMapping("/therapist/sessions/{id}")
    String save(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID id,
            @ModelAttribute SessionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Session s = sessions.get(therapist, id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flash", message("appointment.error." + firstError(errors)));
            return "redirect:/therapist/sessions/" + id + "/edit";
        }
        try {
            sessions.reschedule(therapist, id, form.draft());
            redirect.addFlashAttribute("flash", message("appointment.saved"));
        } catch (InvalidSessionException invalid) {
            redirect.addFlashAttribute("flash", message(invalid.code()));
            return "redirect:/therapist/sessions/" + id + "/edit";
        }
        return back(s, null);
    }

    @PostMapping("/therapist/sessions/{id}/status")
    String status(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID id,
            @RequestParam(required = false) SessionStatus status,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Session s = sessions.get(therapist, id);
        try {
            Session changed = sessions.changeStatus(therapist, id, status);
            redirect.addFlashAttribute(
                    "flash", message("appointment.statusChanged", message("appointment.status." + changed.status())));
        } catch (InvalidSessionException invalid) {
            redirect.addFlashAttribute("flash", message(invalid.code()));
        }
        return back(s, back);
    }

    @PostMapping("/therapist/sessions/{id}/cancel-rest")
    String cancelRest(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID id,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        Session s = sessions.get(therapist, id);
        try {
            redirect.addFlashAttribute(
                    "flash", message("appointment.cancelledRest", sessions.cancelRest(therapist, id)));
        } catch (InvalidSessionException invalid) {
            redirect.addFlashAttribute("flash", message(invalid.code()));
        }
        return back(s, back);
    }

    private static String back(Session s, String back) {
        return "calendar".equals(back)
                ? "redirect:/therapist/sessions"
                : "redirect:/therapist/clients/" + s.client().value() + "#sessions";
    }

    private static String nameOf(Map<UserId, String> names, Session s) {
        return names.getOrDefault(s.client(), "");
    }

    private static String firstError(BindingResult errors) {
        return errors.getFieldError() == null ? "date" : errors.getFieldError().getField();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
