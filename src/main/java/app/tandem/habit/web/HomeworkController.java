package app.tandem.habit.web;

import app.tandem.habit.internal.HabitService;
import app.tandem.habit.internal.InvalidHabitException;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A therapist assigns homework from the client's page; it shows on the client's Today until done. */
@Controller
class HomeworkController {

    private final HabitService habits;
    private final MessageSource messages;
    private final Clock clock;

    HomeworkController(HabitService habits, MessageSource messages, Clock clock) {
        this.habits = habits;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/therapist/clients/{clientId}/homework")
    String assign(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @ModelAttribute HomeworkForm form,
            RedirectAttributes redirect) {
        String key = "habit.homework.assigned";
        try {
            habits.assignHomework(
                    therapist, new UserId(clientId), form.draft(LocalDate.now(clock.withZone(therapist.zone()))));
        } catch (InvalidHabitException invalid) {
            key = invalid.code();
        }
        redirect.addFlashAttribute("flash", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        return "redirect:/therapist/clients/" + clientId + "#homework";
    }
}
