package app.tandem.safety.followup;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The client's latest follow-up answers on the therapist's page for the client. */
@Component
class FollowUpSection implements PageSection {

    private final FollowUpService followUps;

    FollowUpSection(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        List<FollowUpRecord> recent = followUps.recent(viewer, subject, 3);
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new SectionView("safety/followup-section", Map.of("answers", recent, "zone", viewer.zone())));
    }
}
