package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
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
        page.getByLabel("What", new Page.GetByLabelOptions().setExact(true)).fill("Morning walk");
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

    @Test
    void aClientSetsQuietHoursAndSubscribesToTheirHabitsInACalendarThenTurnsTheLinkOff() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        open("/client/habits/new");
        page.getByLabel("What", new Page.GetByLabelOptions().setExact(true)).fill("Evening stretch");
        page.locator("label[for=cadence-DAILY]").click();
        page.locator("#times").fill("19:30");
        page.locator("#habit-save").click();

        page.locator("#quiet-start").fill("22:30");
        page.locator("#quiet-end").fill("07:15");
        page.locator("#quiet button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Quiet hours saved.");
        assertThat(page.locator("#quiet-start")).hasValue("22:30");
        assertThat(page.locator("#quiet-end")).hasValue("07:15");

        page.locator("#feed-rotate").click();
        assertThat(page.locator(".flash")).containsText("Here is your calendar link.");
        check("habit-calendar-link");
        String link = page.locator("#feed-url").inputValue();
        org.assertj.core.api.Assertions.assertThat(link)
                .as("the whole address, for a calendar app")
                .matches("https?://[^/]+/calendar/[A-Za-z0-9_-]{20,}\\.ics");
        link = link.replaceFirst("^https?://[^/]+", "");
        APIResponse feed = page.request().get(url(link));
        org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.headers().get("content-type"))
                .startsWith("text/calendar");
        org.assertj.core.api.Assertions.assertThat(feed.text())
                .contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "RRULE:FREQ=DAILY", "Evening stretch");

        page.locator("#feed form[action$='/revoke'] button, form[action$='/feed/revoke'] button")
                .first()
                .click();
        assertThat(page.locator(".flash")).hasText("The calendar link no longer works.");
        org.assertj.core.api.Assertions.assertThat(page.request().get(url(link)).status())
                .isEqualTo(404);
    }
}
