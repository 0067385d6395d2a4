package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the safety pages say: a risky private journal entry says plainly what was shared; the alert page shows
 * words, not codes; a live inbox row reads and links like a loaded one; the follow-up questions end somewhere new.
 */
class SafetyPagesTest extends BrowserTest {

    private static final Pattern RAW_CODE = Pattern.compile("\\?\\?|[A-Z]{2,}_[A-Z_]+|\\b(LOW|MODERATE|HIGH) ->");

    private void writePrivately(String text) {
        open("/client/journal/new");
        page.getByLabel("What is on your mind?").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately"))
                .click();
    }

    @Test
    void aRiskyPrivateEntrySaysItsSentenceWasSharedAndTheAlertPageShowsNoCodes() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);

        BrowserContext clientBrowser = newContext(true);
        Page inbox = page;
        page = clientBrowser.newPage();
        signIn(client.email(), TestData.PASSWORD);
        writePrivately("Honestly I just want the pain to end.");
        assertThat(page.locator("#crisis-card")).isVisible();
        assertThat(page.locator("#journal-status")).containsText("that sentence was shared with your care team");
        assertThat(page.locator("main")).not().containsText("Only you can see this entry");
        check("journal-private-entry-risk-shared");
        writePrivately("I have pills saved up and I am going to take them tonight.");
        assertThat(page.locator("#crisis-screen")).isVisible();
        open("/client/safety-plan");
        clientBrowser.close();

        page = inbox;
        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/alerts");
        page.locator("#alert-list .alert-item")
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open alert"))
                .click();
        page.getByLabel("Contacted the client").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge"))
                .click();

        Locator chain = page.locator("#alert-chain");
        assertThat(chain).containsText("from Low to High");
        assertThat(chain).containsText("The client opened their safety plan");
        assertThat(chain).containsText("In the app");
        assertThat(chain).containsText("Contacted the client");
        assertThat(page.locator("main")).not().containsText(RAW_CODE);
        check("therapist-alert-page-words-not-codes");
    }

    @Test
    void aLiveInboxRowReadsAndLinksLikeALoadedOne() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/alerts");
        assertThat(page.locator("#alerts-empty")).isVisible();
        Page inbox = page;

        BrowserContext clientBrowser = newContext(true);
        page = clientBrowser.newPage();
        signIn(client.email(), TestData.PASSWORD);
        writePrivately("I'm going to kill myself tonight.");
        clientBrowser.close();

        page = inbox;
        Locator live = page.locator("#alert-list .alert-item--new");
        assertThat(live).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        String liveMeta = live.locator(".alert-item__meta").innerText();
        assertThat(live.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open alert")))
                .isVisible();
        assertThat(live.locator(".alert-item__links a[href^='/therapist/clients/']"))
                .isVisible();
        check("therapist-alert-inbox-live-row");

        open("/therapist/alerts");
        Locator loaded = page.locator("#alert-list .alert-item").first();
        assertThat(loaded.locator(".alert-item__meta")).hasText(liveMeta);
    }

    @Test
    void answeringTheFollowUpQuestionsDoesNotOfferThemAgain() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        writePrivately("I want to kill myself.");
        page.locator("#crisis-follow-up").click();
        page.locator("#wishDead-yes").check();
        page.locator("#thoughts-yes").check();
        page.locator("#intent-no").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my care team"))
                .click();

        assertThat(page.locator("#followup-saved")).isVisible();
        assertThat(page.locator("#crisis-follow-up")).hasCount(0);
        assertThat(page.locator("main")).containsText("988");
        check("follow-up-answered");
    }
}
