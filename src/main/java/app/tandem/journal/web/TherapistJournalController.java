package app.tandem.journal.web;

import app.tandem.identity.CareAccess;
import app.tandem.journal.internal.JournalService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The entries a client shared, for their therapist; private entries never reach this page. */
@Controller
class TherapistJournalController {

    private final JournalService journal;
    private final CareAccess care;

    TherapistJournalController(JournalService journal, CareAccess care) {
        this.journal = journal;
        this.care = care;
    }

    @GetMapping("/therapist/clients/{clientId}/journal")
    String shared(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        UserId client = new UserId(clientId);
        model.addAttribute("client", care.requireClinicalAccess(therapist, client));
        model.addAttribute("entries", journal.sharedEntries(therapist, client, JournalService.LIST_LIMIT));
        return "journal/therapist";
    }
}
