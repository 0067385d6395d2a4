package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.internal.Assignments;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Today on a 390x844 phone, light and dark: the check-in and the week's mood on the first screen, then after the
 * check-in a calm confirmation and the next due thing as the one big button, or "that is all" when nothing is due.
 */
class TodayJourneysTest extends BrowserTest {

    @Autowired
    CheckIns checkIns;

    @Autowired
    Assignments assignments;

    @Test
    void theCheckInAndTheWeekAreOnTheFirstScreenThenTheNextDueThingTakesTheTop() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        Instant now = Instant.now();
        checkIns.recordHistorical(
                client.id(),
                List.of(
                        at(now.minus(Duration.ofDays(5)), 4),
                        at(now.minus(Duration.ofDays(4)), 5),
                        at(now.minus(Duration.ofDays(2)), 6)));
        assignments.assign(
                client.practiceId(),
                client.id(),
                therapist.id(),
                "gad7",
                new AssignmentSchedule(
                        AssignmentSchedule.Recurrence.EVERY_WEEKS, 2, LocalDate.now(client.zone()), 3, client.zone()));
        signIn(client.email(), TestData.PASSWORD);

        assertOnFirstScreen(page.locator("#quick-mood .quick-mood__save"));
        assertOnFirstScreen(page.locator("#today-mood svg.sparkline"));
        assertThat(page.locator("#today-mood svg.sparkline"))
                .hasAttribute(
                        "aria-label", java.util.regex.Pattern.compile("Mood over the last 7 days.*no check-in.*"));
        assertThat(page.locator("#today-due")).containsText("GAD-7");
        check("today-check-in");
        dark("today-check-in");

        page.getByText("Okay", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my mood"))
                .click();
        assertThat(page.locator("h1")).hasText("Saved. Thank you.");
        open("/");
        assertThat(page.locator("#today-done")).containsText("Checked in today at");
        assertThat(page.locator("#today-primary h2")).hasText("A questionnaire from your therapist");
        assertOnFirstScreen(page.locator("#today-next"));
        assertOnFirstScreen(page.locator("#today-mood svg.sparkline"));
        check("today-next-step");
        dark("today-next-step");

        page.locator("#today-next").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/client/measures/gad7\\?assignment=.*"));
        assertThat(page.locator("h1")).hasText("Generalized Anxiety Disorder 7-item scale");
    }

    @Test
    void withNothingDueTodaySaysSoWithoutAStreakOrAScore() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        page.getByText("Good", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my mood"))
                .click();
        open("/");
        assertThat(page.locator("#today-primary h2")).hasText("That is all for today");
        assertThat(page.locator("#today-due")).containsText("Nothing is due today.");
        assertThat(page.locator("main")).not().containsText("streak");
        check("today-all-done");
        dark("today-all-done");
    }

    private void dark(String name) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        check(name + "-dark");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    }

    /** Fully visible above the tab bar of a 390x844 phone without scrolling. */
    private void assertOnFirstScreen(Locator element) {
        assertThat(element).isVisible();
        var box = element.boundingBox();
        double tabBarTop = page.locator("nav.tab-bar").boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(box.y + box.height)
                .as("%s ends above the tab bar on the first screen", element)
                .isLessThanOrEqualTo(Math.min(844, tabBarTop));
    }

    private static HistoricalCheckIn at(Instant when, int mood) {
        return new HistoricalCheckIn(when, mood, null, null, null, null, List.of(), List.of(), null);
    }
}
