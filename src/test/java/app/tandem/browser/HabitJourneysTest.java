package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import org.junit.jupiter.api.Test;

/** Habits in a real browser on a phone-sized screen: add a daily walk, see it on Today, mark it done; axe on each page. */
class HabitJourneysTest extends BrowserTest {

    @Test
    void aClientAddsADailyWalkAndMarksItDoneFromToday() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        assertThat(page.locator("#today-due")).containsText("Nothing is due today.");
        page.locator("#habits-open").click();
        assertThat(page.locator("h1")).hasText("My habits");
        check("habit-list-empty");

        page.locator("#habit-new").click();
        check("habit-new");
        page.getByLabel("What", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Morning walk");
        page.locator("label[for=cadence-DAILY]").click();
        page.locator("#times").fill("08:00");
        page.locator("#habit-save").click();
        assertThat(page.locator(".flash")).hasText("Habit added. We will remind you.");
        assertThat(page.locator(".habit h2")).hasText("Morning walk");
        check("habit-list");

        open("/");
        assertThat(page.locator("#today-due")).containsText("Morning walk");
        check("habit-today");
        page.locator("#today-due button[value=DONE]").click();
        assertThat(page.locator(".flash")).hasText("Well done. Saved.");
        assertThat(page.locator("#today-due")).containsText("Done today");

        open("/client/habits");
        assertThat(page.locator(".habit-progress")).containsText("Done on 1 of the last 1 planned days");
        check("habit-done");
    }
}
