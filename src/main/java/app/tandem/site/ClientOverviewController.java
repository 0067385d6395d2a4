package app.tandem.site;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The therapist's page for one client, a dashboard composed of what each capability contributes: facts in the
 * header (next session, open alerts), then the sections (score cards, mood, sessions...) as compact cards.
 */
@Controller
class ClientOverviewController {

    private final CareAccess care;
    private final AuditTrail audit;
    private final PageSections sections;

    ClientOverviewController(CareAccess care, AuditTrail audit, PageSections sections) {
        this.care = care;
        this.audit = audit;
        this.sections = sections;
    }

    @GetMapping("/therapist/clients/{clientId}")
    String overview(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        Person client = care.requireClinicalAccess(therapist, new UserId(clientId));
        audit.read(client.practiceId(), client.id(), "client-overview");
        model.addAttribute("client", client);
        model.addAttribute("facts", sections.render(PageSection.Page.THERAPIST_CLIENT_HEADER, therapist, client.id()));
        model.addAttribute("sections", sections.render(PageSection.Page.THERAPIST_CLIENT, therapist, client.id()));
        return "site/client-overview";
    }
}
