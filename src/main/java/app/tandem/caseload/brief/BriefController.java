package app.tandem.caseload.brief;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pre-session brief page: one page to read before a session, printable on two sheets. */
@Controller
class BriefController {

    private final BriefComposer composer;

    BriefController(BriefComposer composer) {
        this.composer = composer;
    }

    @GetMapping("/therapist/clients/{clientId}/brief")
    String brief(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        Brief brief = composer.brief(therapist, new UserId(clientId));
        model.addAttribute("page", BriefPage.of(brief, therapist.zone()));
        return "caseload/brief";
    }
}
