package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client's daily check-in and a PHQ-9, in a real browser, with and without JavaScript. */
class CheckInAndMeasureJourneysTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientChecksInWithAFewTapsAndSeesTheirTrends() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add more: anxiety, sleep, feelings, a note"))
                .click();
        page.locator("label.chip:has(#mood-7)").click();
        page.locator("label.chip:has(#anxiety-3)").click();
        page.locator("label.chip", new Page.LocatorOptions().setHasText("hopeful"))
                .click();
        page.getByLabel("Anything else? (optional)").fill("Walked to the harbour with Dana before work.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"))
                .click();
        assertThat(page.locator("h1")).hasText("Saved. Thank you.");
        assertThat(page.locator("#crisis-card")).hasCount(0);
        check("checkin-saved");
        open("/client/trends");
        assertThat(page.locator("svg").first()).isVisible();
        check("checkin-trends");
    }

    @Test
    void aMoodOnlyCheckInIsTwoTapsFromTodayOnOneScreen() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        assertThat(page).hasURL(url("/"));
        var save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my mood"));
        var box = save.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.y + box.height)
                .as("the save button sits on the first screen of a 390x844 phone")
                .isLessThanOrEqualTo(844);
        check("today-quick-mood");

        page.getByText("Good", new Page.GetByTextOptions().setExact(true)).click(); // tap 1
        save.click(); // tap 2
        assertThat(page.locator("h1")).hasText("Saved. Thank you.");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT mood FROM checkin WHERE client_id = ?")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .as("'Good' is the middle of the fourth fifth of 0-10")
                .isEqualTo(7);
        open("/");
        assertThat(page.locator("#quick-mood")).hasCount(0);
        assertThat(page.locator("#today-done")).containsText("Checked in today at");
    }

    @Test
    void aCheckInWorksWithoutJavaScriptAndADoubleSubmitSavesOnce() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        BrowserContext noScript = newContext(false);
        page = noScript.newPage();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/checkins/new");
        page.locator("#mood-4").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
        // The form as the browser would send it a second time on a double tap: same one-time token.
        FormData again = FormData.create()
                .set("_csrf", page.locator("form input[name='_csrf']").first().getAttribute("value"))
                .set("token", page.locator("form input[name='token']").getAttribute("value"))
                .set("mood", "4");
        String action = page.locator("form input[name='token']")
                .locator("xpath=ancestor::form")
                .getAttribute("action");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"))
                .click();
        assertThat(page.locator("h1")).hasText("Saved. Thank you.");
        APIResponse second =
                page.request().post(url(action), RequestOptions.create().setForm(again));
        assertThat(second.status()).as("the repeated submit").isLessThan(400);
        open("/client/trends?days=7");
        check("checkin-trends-no-js");
        noScript.close();
        assertThat(jdbc.sql("SELECT count(*) FROM checkin WHERE client_id = ?")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .as("check-ins saved by a submit and a resubmit of the same form")
                .isEqualTo(1);
    }

    @Test
    void answeringItemNineOnThePhq9ShowsTheCrisisCardAndTheResult() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        open("/client/measures/phq9");
        int[] answers = {2, 2, 1, 2, 1, 2, 1, 0, 2};
        for (int item = 1; item <= 9; item++) {
            page.locator("input[name='item" + item + "'][value='" + answers[item - 1] + "']")
                    .check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
        }
        page.locator("#finish").click();
        assertThat(page.locator("#crisis-card")).isVisible();
        assertThat(page.locator("#crisis-screen")).hasCount(0);
        assertThat(page.locator("#crisis-card")).containsText("your care team has been let know");
        assertThat(page.locator("main")).containsText("A noticeable amount of low mood");
        check("phq9-result-with-crisis-card");
    }
}
