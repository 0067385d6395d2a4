package app.tandem.safety.alert;

import app.tandem.safety.AlertView;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the therapist's page for a client, on top: the client's open and recent alerts. */
@Component
class AlertSection implements PageSection {

    private final AlertDesk desk;

    AlertSection(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        List<AlertView> alerts = desk.recentForClient(viewer, subject);
        return Optional.of(new SectionView(
                "safety/alert-section",
                Map.of(
                        "open", alerts.stream().filter(AlertView::isOpen).toList(),
                        "recent", alerts.stream().filter(a -> !a.isOpen()).toList(),
                        "zone", viewer.zone())));
    }
}
