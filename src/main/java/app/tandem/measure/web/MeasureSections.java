package app.tandem.measure.web;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.measure.internal.Assignments;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.measure.internal.ResponseQueries;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.today.NextStep;
import app.tandem.shared.today.NextStepContributor;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What measures add to the client's Today page (what is due) and to the therapist's page for a client. */
@Configuration(proxyBeanMethods = false)
class MeasureSections {

    @Bean
    PageSection measuresDueSection(Assignments assignments, Enablement enablement) {
        // first in the list, as first among the next steps (NextStep.Kind)
        return PageSection.of(PageSection.Page.CLIENT_HOME_DUE, 100, (viewer, subject) -> {
            List<ResponseQueries.Due> due = dueLines(assignments, enablement, viewer, subject);
            return due.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new SectionView("measure/home-section", Map.of("due", due)));
        });
    }

    /** The first questionnaire due now, as the client's next step on Today. */
    @Bean
    NextStepContributor measuresNextStep(Assignments assignments, Enablement enablement) {
        return client -> dueLines(assignments, enablement, client, client.id()).stream()
                .findFirst()
                .map(d -> new NextStep(
                        NextStep.Kind.QUESTIONNAIRE,
                        d.instrument().shortName(),
                        "/client/measures/" + d.instrument().code() + "?assignment=" + d.assignment()));
    }

    private static List<ResponseQueries.Due> dueLines(
            Assignments assignments, Enablement enablement, CurrentUser viewer, UserId subject) {
        return assignments.statuses(subject, viewer.zone()).stream()
                .filter(s -> s.dueNow().isPresent())
                .flatMap(s -> enablement
                        .enabled(viewer.practiceId(), s.assignment().instrumentCode())
                        .stream()
                        .map(i -> new ResponseQueries.Due(
                                i, s.dueUntil(), s.assignment().id())))
                .toList();
    }

    @Bean
    PageSection measuresTherapistSection(MeasureResults results, People people) {
        // the score cards come first after the safety sections, then mood
        return PageSection.of(PageSection.Page.THERAPIST_CLIENT, 100, (viewer, subject) -> {
            Person client = people.get(subject);
            List<ScoreCard> cards = results.histories(subject).stream()
                    .map(h -> ScoreCard.of(h, client.zone()))
                    .toList();
            return Optional.of(new SectionView(
                    "measure/therapist-section",
                    Map.of("cards", cards, "clientId", subject.toString(), "zone", client.zone())));
        });
    }
}
