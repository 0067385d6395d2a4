package app.tandem.habit.web;

import app.tandem.habit.internal.TodayQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** "Today" on the client's home: habits and homework due today, each done or skipped with one tap. */
@Component
class HabitHomeSection implements PageSection {

    private final TodayQueries queries;

    HabitHomeSection(TodayQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page page() {
        return Page.CLIENT_HOME;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.isClient()) {
            return Optional.empty();
        }
        return Optional.of(new SectionView(
                "habit/home-section",
                Map.of("due", queries.dueToday(viewer.id(), viewer.zone()), "submitToken", UUID.randomUUID())));
    }
}
