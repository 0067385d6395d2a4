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

/** In the header of the therapist's page for a client: how many alerts are open, the highest level first. */
@Component
class OpenAlertsFact implements PageSection {

    private final AlertDesk desk;

    OpenAlertsFact(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT_HEADER;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        List<AlertView> open = desk.recentForClient(viewer, subject).stream()
                .filter(AlertView::isOpen)
                .toList();
        return Optional.of(new SectionView(
                "safety/alert-fact",
                Map.of(
                        "count", open.size(),
                        "high", open.stream().anyMatch(a -> a.level().name().equals("HIGH")))));
    }
}
