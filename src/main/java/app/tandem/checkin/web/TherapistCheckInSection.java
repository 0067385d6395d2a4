package app.tandem.checkin.web;

import app.tandem.checkin.trend.TrendPage;
import app.tandem.checkin.trend.Trends;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The client's last 30 days of mood on the therapist's page for that client, with insights and a link to more. */
@Component
class TherapistCheckInSection implements PageSection {

    private final Trends trends;
    private final People people;
    private final InsightTexts texts;

    TherapistCheckInSection(Trends trends, People people, InsightTexts texts) {
        this.trends = trends;
        this.people = people;
        this.texts = texts;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        Person client = people.get(subject);
        TrendPage page = trends.page(viewer, subject, client.zone(), Trends.DEFAULT_DAYS);
        return Optional.of(new SectionView(
                "checkin/therapist-section",
                Map.of(
                        "mood", page.chart("mood"),
                        "days", page.chart("mood").series().daysWithData(),
                        "insights", texts.forTherapist(page.insights(), client.firstName()),
                        "trendsUrl", "/therapist/clients/" + subject + "/trends")));
    }
}
