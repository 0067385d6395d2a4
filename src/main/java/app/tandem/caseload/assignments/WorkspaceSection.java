package app.tandem.caseload.assignments;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Near the top of the therapist's page for a client: the pre-session brief and the timeline, and "Assign", which
 * brings the existing assign actions together (questionnaires on the measures page, homework on this page, a
 * technique to try on the toolbox page) rather than repeating their forms.
 */
@Component
class WorkspaceSection implements PageSection {

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 14;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        return Optional.of(new SectionView("caseload/workspace-section", Map.of("clientId", subject.toString())));
    }
}
