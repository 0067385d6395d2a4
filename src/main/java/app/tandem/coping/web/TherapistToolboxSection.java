package app.tandem.coping.web;

import app.tandem.coping.internal.UseQueries;
import app.tandem.identity.People;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What has helped the client, ranked, on the therapist's page for that client, with a link to pins and records. */
@Component
class TherapistToolboxSection implements PageSection {

    private final UseQueries queries;
    private final Reasons reasons;
    private final People people;

    TherapistToolboxSection(UseQueries queries, Reasons reasons, People people) {
        this.queries = queries;
        this.reasons = reasons;
        this.people = people;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 280;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        return Optional.of(new SectionView(
                "coping/therapist-section",
                Map.of(
                        "ranking", reasons.explain(queries.ranking(viewer, subject)),
                        "firstName", people.get(subject).firstName(),
                        "clientId", subject.value())));
    }
}
