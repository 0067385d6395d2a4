package app.tandem.journal.web;

import app.tandem.journal.internal.JournalService;
import app.tandem.shared.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
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

/** The client's own journal pages. */
@Controller
class JournalController {

    private final JournalService journal;
    private final MessageSource messages;

    JournalController(JournalService journal, MessageSource messages) {
        this.journal = journal;
        this.messages = messages;
    }

    @GetMapping("/client/journal")
    String list(@AuthenticationPrincipal CurrentUser client, Model model) {
        model.addAttribute("entries", journal.ownEntries(client));
        return "journal/list";
    }

    @GetMapping("/client/journal/new")
    String blank(Model model) {
        model.addAttribute("journalForm", JournalForm.blank());
        return "journal/new";
    }

    @PostMapping("/client/journal/new")
    String write(
            @AuthenticationPrincipal CurrentUser client,
            @Valid @ModelAttribute JournalForm journalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable journal form");
        }
        if (errors.hasErrors()) {
            return "journal/new";
        }
        JournalService.Saved saved;
        try {
            saved = journal.write(client, journalForm.title(), journalForm.body(), journalForm.submitToken());
        } catch (DuplicateKeyException raced) {
            UUID id = journal.entryForToken(client, journalForm.submitToken()).orElseThrow(() -> raced);
            return "redirect:/client/journal/" + id;
        }
        if (saved.outcome().showCrisisCard()) {
            // The crisis card must be seen now: render the saved entry directly, no redirect.
            model.addAttribute(
                    "entry", journal.ownEntry(client, saved.entryId()).orElseThrow());
            model.addAttribute("safetyOutcome", saved.outcome());
            // The entry stays private, but its matching sentence went to the care team: say so plainly.
            model.addAttribute("riskShared", true);
            model.addAttribute("flash", message("journal.saved.riskShared"));
            return "journal/entry";
        }
        redirect.addFlashAttribute("flash", message("journal.saved"));
        return "redirect:/client/journal/" + saved.entryId();
    }

    @GetMapping("/client/journal/{id}")
    String entry(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", journal.ownEntry(client, id).orElseThrow(JournalController::notFound));
        return "journal/entry";
    }

    @PostMapping("/client/journal/{id}/share")
    String share(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        return setShared(client, id, true, redirect);
    }

    @PostMapping("/client/journal/{id}/unshare")
    String unshare(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, RedirectAttributes redirect) {
        return setShared(client, id, false, redirect);
    }

    private String setShared(CurrentUser client, UUID id, boolean shared, RedirectAttributes redirect) {
        if (!journal.setShared(client, id, shared)) {
            throw notFound();
        }
        redirect.addFlashAttribute("flash", message(shared ? "journal.sharedNow" : "journal.privateNow"));
        return "redirect:/client/journal/" + id;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such journal entry");
    }
}
