package app.tandem.habit.web;

import app.tandem.habit.internal.Habit;
import app.tandem.habit.internal.TodayQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Homework on the therapist's page for a client: what was assigned, whether it is done, and a form to assign more. */
@Component
class TherapistHomeworkSection implements PageSection {

    private final TodayQueries queries;

    TherapistHomeworkSection(TodayQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 270;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        return Optional.of(new SectionView(
                "habit/therapist-section",
                Map.of(
                        "homework", queries.homeworkFor(viewer, subject),
                        "types", Habit.HomeworkType.values(),
                        "clientId", subject.value())));
    }
}
