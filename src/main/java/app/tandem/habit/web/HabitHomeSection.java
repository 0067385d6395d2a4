package app.tandem.habit.web;

import app.tandem.habit.internal.TodayQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.today.NextStep;
import app.tandem.shared.today.NextStepContributor;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Habits and homework due today on the client's Today: rows of its "Due today" list, each done with one tap, and
 * the first one still open as the next step (homework before the client's own habits: the therapist asked for it
 * and it has a due day).
 */
@Component
class HabitHomeSection implements PageSection, NextStepContributor {

    private final TodayQueries queries;

    HabitHomeSection(TodayQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page page() {
        return Page.CLIENT_HOME_DUE;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.isClient()) {
            return Optional.empty();
        }
        var due = queries.dueToday(viewer.id(), viewer.zone());
        return due.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new SectionView("habit/home-section", Map.of("due", due, "submitToken", UUID.randomUUID())));
    }

    @Override
    public Optional<NextStep> nextFor(CurrentUser client) {
        return queries.dueToday(client.id(), client.zone()).stream()
                .filter(TodayQueries.HabitView::open)
                .min(Comparator.comparing(
                        (TodayQueries.HabitView v) -> !v.habit().isHomework()))
                .map(v -> new NextStep(
                        v.habit().isHomework() ? NextStep.Kind.HOMEWORK : NextStep.Kind.HABIT,
                        v.habit().title(),
                        "/client/habits#habit-" + v.id()));
    }
}
