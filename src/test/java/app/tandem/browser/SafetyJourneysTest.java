package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The safety net in a real browser: crisis screen, live alert, acknowledgement, safety plan. */
class SafetyJourneysTest extends BrowserTest {

    @Test
    void aHighRiskJournalEntryShowsTheCrisisScreenAndReachesTheTherapistLive() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);

        // the therapist has the alerts inbox open before anything happens
        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/alerts");
        assertThat(page.locator("#alerts-empty")).isVisible();
        Page inbox = page;

        BrowserContext clientBrowser = newContext(true);
        page = clientBrowser.newPage();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/journal/new");
        page.getByLabel("What is on your mind?")
                .fill("I've saved up the pills and I'm going to take them all tonight. I wrote the letters already.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately"))
                .click();

        Locator screen = page.locator("#crisis-screen");
        assertThat(screen).isVisible();
        assertThat(screen).hasAttribute("role", "alert");
        assertThat(screen.locator("a[href='tel:911']")).isVisible();
        assertThat(screen.locator("a[href='tel:988']")).isVisible();
        assertThat(screen.locator("a[href='sms:741741?body=HOME']")).isVisible();
        assertThat(screen.locator("a[href='/client/safety-plan']")).isVisible();
        assertThat(screen).containsText("Your therapist is being told");
        check("journal-high-risk-crisis-screen");
        clientBrowser.close();

        // without reloading, the alert arrives on the therapist's inbox through the event stream
        page = inbox;
        Locator item =
                page.locator("#alert-list .alert-item", new Page.LocatorOptions().setHasText(client.displayName()));
        assertThat(item)
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(10_000));
        open("/therapist/alerts");
        check("therapist-alert-inbox");
        page.locator("#alert-list .alert-item")
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open alert"))
                .click();
        assertThat(page.locator("main")).containsText("tonight");
        check("therapist-alert-page");
        page.getByLabel("Contacted the client").check();
        page.getByLabel("Note (optional)").fill("Called her, she is with her sister tonight; session tomorrow 9am.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge"))
                .click();
        assertThat(page.locator("main")).containsText("Acknowledged by " + therapist.displayName());
        open("/therapist/alerts");
        assertThat(page.locator("#alerts-empty")).isVisible();
    }

    @Test
    void aClientWritesTheirSafetyPlanAndCanPrintItWithoutJavaScript() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("More").setExact(true))
                .click();
        check("client-more");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My safety plan"))
                .click();
        check("client-safety-plan-empty");
        open("/client/safety-plan/edit");
        page.getByLabel("My warning signs").fill("Not answering texts\nStaying in bed past noon");
        page.getByLabel("People I can ask for help").fill("My sister Dana 201-555-0199");
        page.getByLabel("The thing most important to me, worth living for").fill("My niece's graduation in June");
        check("client-safety-plan-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan"))
                .click();
        assertThat(page.locator("main")).containsText("Staying in bed past noon");
        assertThat(page.locator("a[href='tel:2015550199']")).isVisible();
        check("client-safety-plan");

        BrowserContext noScript = newContext(false);
        Page print = noScript.newPage();
        print.navigate(url("/login"));
        print.getByLabel("Email").fill(client.email());
        print.getByLabel("Password").fill(TestData.PASSWORD);
        print.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        print.navigate(url("/client/safety-plan/print"));
        assertThat(print.locator("body")).containsText("My niece's graduation in June");
        assertThat(print.locator("nav")).hasCount(0);
        noScript.close();
    }
}
