package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.appointment.AppointmentHistory;
import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions in a real browser on a phone-sized screen: a therapist records a weekly series and marks the first one
 * attended; a client, without JavaScript, adds, reorders and removes agenda items and sees upcoming sessions; axe on
 * each page that runs scripts.
 */
class SessionJourneysTest extends BrowserTest {

    @Autowired
    AppointmentHistory history;

    @Test
    void aTherapistRecordsAWeeklySeriesAndMarksOneAttended() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/clients/" + client.id());
        page.locator("#session-add summary").click(); // the form sits behind a disclosure on the compact overview
        LocalDate weekAgo = LocalDate.now(ZoneId.of("America/New_York")).minusDays(8); // two past, two to come
        page.locator("#session-date").fill(weekAgo.toString());
        page.locator("#session-time").fill("09:00");
        page.locator("#session-weeks").fill("4");
        check("sessions-therapist-form");
        page.locator("#session-schedule").click();
        assertThat(page.locator(".flash")).hasText("4 session(s) scheduled.");
        assertThat(page.locator("#sessions .session-list").first().locator("li"))
                .hasCount(2);

        page.locator("#sessions-past summary").click();
        page.locator("#sessions")
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Attended: ")
                                .setExact(false))
                .first()
                .click();
        assertThat(page.locator(".flash")).hasText("Session marked Attended.");
        assertThat(page.locator("#sessions .badge").first()).hasText("Attended");
        check("sessions-therapist-client");

        open("/therapist/sessions");
        assertThat(page.locator("h1")).hasText("Sessions");
        assertThat(page.locator("main")).containsText("Casey Client");
        check("sessions-therapist-fortnight");
    }

    @Test
    void aClientKeepsTheirAgendaWithoutJavaScriptAndSeesUpcomingSessions() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        history.session(
                therapist.practiceId(),
                client.id(),
                therapist.id(),
                Instant.now().plus(Duration.ofDays(3)),
                50,
                Modality.VIDEO,
                SessionStatus.SCHEDULED);

        BrowserContext noScript = newContext(false);
        page = noScript.newPage();
        signIn(client.email(), TestData.PASSWORD);
        assertThat(page.locator("#sessions-home")).containsText("video");
        page.locator("#sessions-open").click();
        assertThat(page.locator("h1")).hasText("My sessions");
        for (String item : new String[] {"Work stress", "My sister's visit", "Sleep"}) {
            page.getByLabel("Something I want to talk about").fill(item);
            page.locator("#agenda-add").click();
            assertThat(page.locator(".flash")).hasText("Added to your agenda.");
        }
        Page.GetByRoleOptions upSleep = new Page.GetByRoleOptions().setName("Move up: \u201cSleep\u201d");
        page.getByRole(AriaRole.BUTTON, upSleep).click();
        page.getByRole(AriaRole.BUTTON, upSleep).click();
        assertThat(page.locator(".agenda-text")).hasText(new String[] {"Sleep", "Work stress", "My sister's visit"});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove: \u201cWork stress\u201d"))
                .click();
        assertThat(page.locator(".flash")).hasText("Removed from your agenda.");
        assertThat(page.locator(".agenda-text")).hasText(new String[] {"Sleep", "My sister's visit"});
        check("sessions-client-noscript");

        page = context.newPage();
        signIn(client.email(), TestData.PASSWORD);
        check("sessions-client-home");
        open("/client/sessions");
        assertThat(page.locator(".agenda-text")).hasText(new String[] {"Sleep", "My sister's visit"});
        check("sessions-client-page");
    }
}
