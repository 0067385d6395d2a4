package app.tandem.habit.web;

import app.tandem.habit.internal.HabitService;
import app.tandem.habit.internal.IdempotencyConflictException;
import app.tandem.habit.internal.InvalidHabitException;
import app.tandem.habit.internal.ReminderDispatcher;
import app.tandem.habit.internal.TodayQueries;
import app.tandem.habit.schedule.QuietHours;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.PublicAddress;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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

/** The client's habits: the list with kind progress, create and edit, pause, done or skipped today, snooze. */
@Controller
class HabitController {

    private final HabitService habits;
    private final TodayQueries queries;
    private final ReminderDispatcher reminders;
    private final MessageSource messages;
    private final List<PageSection> reminderSections;
    private final PublicAddress address;

    HabitController(
            HabitService habits,
            TodayQueries queries,
            ReminderDispatcher reminders,
            MessageSource messages,
            ObjectProvider<PageSection> sections,
            PublicAddress address) {
        this.habits = habits;
        this.address = address;
        this.queries = queries;
        this.reminders = reminders;
        this.messages = messages;
        // ways reminders reach the client that other modules offer (phone notifications), after quiet hours and feed
        this.reminderSections = sections.stream()
                .filter(section -> section.page() == PageSection.Page.CLIENT_REMINDERS)
                .sorted(Comparator.comparingInt(PageSection::order))
                .toList();
    }

    @GetMapping("/client/habits")
    String list(
            @AuthenticationPrincipal CurrentUser client, @RequestParam(required = false) UUID reminder, Model model) {
        model.addAttribute("habits", queries.habits(client.id(), client.zone()));
        model.addAttribute("quiet", queries.quietHours(client.id()));
        model.addAttribute("hasFeed", queries.hasFeed(client.id()));
        model.addAttribute("reminder", reminder);
        model.addAttribute("submitToken", UUID.randomUUID());
        model.addAttribute(
                "reminderSections",
                reminderSections.stream()
                        .map(section -> section.render(client, client.id()))
                        .flatMap(Optional::stream)
                        .toList());
        return "habit/habits";
    }

    @GetMapping("/client/habits/new")
    String newHabit(Model model) {
        model.addAttribute("habitForm", HabitForm.blank());
        return "habit/edit";
    }

    @PostMapping("/client/habits")
    String create(
            @AuthenticationPrincipal CurrentUser client,
            @ModelAttribute("habitForm") HabitForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            errors.reject("habit.error.schedule");
            return "habit/edit";
        }
        try {
            habits.create(client, form.draft());
        } catch (InvalidHabitException invalid) {
            errors.reject(invalid.code());
            return "habit/edit";
        }
        redirect.addFlashAttribute("flash", message("habit.created"));
        return "redirect:/client/habits";
    }

    @GetMapping("/client/habits/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        model.addAttribute("habitForm", HabitForm.of(queries.one(client, id).habit()));
        model.addAttribute("habitId", id);
        return "habit/edit";
    }

    @PostMapping("/client/habits/{id}")
    String update(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable UUID id,
            @ModelAttribute("habitForm") HabitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("habitId", id);
        if (errors.hasErrors()) {
            errors.reject("habit.error.schedule");
            return "habit/edit";
        }
        try {
            habits.update(client, id, form.draft());
        } catch (InvalidHabitException invalid) {
            errors.reject(invalid.code());
            return "habit/edit";
        }
        redirect.addFlashAttribute("flash", message("habit.saved"));
        return "redirect:/client/habits";
    }

    @PostMapping("/client/habits/{id}/pause")
    String pause(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        habits.setPaused(client, id, true);
        redirect.addFlashAttribute("flash", message("habit.paused"));
        return "redirect:/client/habits";
    }

    @PostMapping("/client/habits/{id}/resume")
    String resume(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        habits.setPaused(client, id, false);
        redirect.addFlashAttribute("flash", message("habit.resumed"));
        return "redirect:/client/habits";
    }

    @PostMapping("/client/habits/{id}/completions")
    String complete(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable UUID id,
            @ModelAttribute CompletionForm form,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        if (form.submitToken() == null || form.outcome() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable completion form");
        }
        try {
            HabitService.Recorded saved =
                    habits.complete(client, id, form.outcome(), form.note(), "form:" + form.submitToken());
            if (saved.safety().showCrisisCard()) {
                // the crisis card must be seen now: render the page directly, no redirect
                model.addAttribute("safetyOutcome", saved.safety());
                model.addAttribute("flash", message("habit.marked." + form.outcome()));
                return list(client, null, model);
            }
            redirect.addFlashAttribute("flash", message("habit.marked." + form.outcome()));
        } catch (IdempotencyConflictException | InvalidHabitException already) {
            redirect.addFlashAttribute("flash", message("habit.error.already"));
        }
        return "home".equals(back) ? "redirect:/" : "redirect:/client/habits";
    }

    @PostMapping("/client/habits/reminders/{reminderId}/snooze")
    String snooze(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable UUID reminderId,
            @RequestParam String choice,
            RedirectAttributes redirect) {
        reminders.snooze(client, reminderId, choice);
        redirect.addFlashAttribute("flash", message("habit.snoozed"));
        return "redirect:/client/habits";
    }

    @PostMapping("/client/habits/quiet-hours")
    String quietHours(
            @AuthenticationPrincipal CurrentUser client,
            @ModelAttribute QuietHoursForm form,
            RedirectAttributes redirect) {
        try {
            habits.saveQuietHours(client, new QuietHours(LocalTime.parse(form.start()), LocalTime.parse(form.end())));
            redirect.addFlashAttribute("flash", message("habit.quiet.saved"));
        } catch (DateTimeParseException | NullPointerException e) {
            redirect.addFlashAttribute("flash", message("habit.error.quiet"));
        }
        return "redirect:/client/habits";
    }

    @PostMapping("/client/habits/feed")
    String rotateFeed(@AuthenticationPrincipal CurrentUser client, RedirectAttributes redirect) {
        // the whole address: a calendar app is given it on its own, outside this site
        redirect.addFlashAttribute("feedUrl", address.of("/calendar/" + habits.rotateFeed(client) + ".ics"));
        redirect.addFlashAttribute("flash", message("habit.feed.created"));
        return "redirect:/client/habits#feed";
    }

    @PostMapping("/client/habits/feed/revoke")
    String revokeFeed(@AuthenticationPrincipal CurrentUser client, RedirectAttributes redirect) {
        habits.revokeFeed(client);
        redirect.addFlashAttribute("flash", message("habit.feed.revoked"));
        return "redirect:/client/habits#feed";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
