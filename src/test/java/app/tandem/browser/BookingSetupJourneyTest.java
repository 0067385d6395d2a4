package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a phone: the admin writes the public page, a therapist adds consultation hours, and a visitor sees the slot. */
class BookingSetupJourneyTest extends BrowserTest {

    @Autowired
    Practices practices;

    @Test
    void theAdminWritesThePageAndATherapistsNewHoursBecomeABookableSlot() {
        PracticeId practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser therapist = data.aTherapist(practice);
        String slug = practices.get(practice).slug();

        open("/p/" + slug + "/book");
        assertThat(page.locator("#no-slots")).isVisible();

        signIn(admin.email(), TestData.PASSWORD);
        open("/admin/practice");
        page.locator("#booking-page-link").click();
        page.waitForLoadState();
        check("booking-admin-page");
        page.getByLabel("About the practice").fill("Evening sessions for adults, by the river.");
        page.getByLabel("Fees").fill("Sessions $140; ask about the sliding scale.");
        page.locator("button:has-text('Save public page')").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash")).hasText("Public page saved.");

        context.clearCookies();
        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/bookings");
        page.locator("#consultation-hours").click();
        page.waitForLoadState();
        check("booking-hours-empty");
        LocalDate inTwoDays = LocalDate.now(practices.get(practice).zone()).plusDays(2);
        String day = inTwoDays.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
        page.getByLabel(day, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("10:00-10:15");
        page.locator("#save-hours").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash")).containsText("Consultation hours saved");
        check("booking-hours-saved");

        context.clearCookies();
        open("/p/" + slug);
        assertThat(page.locator("main")).containsText("Evening sessions for adults, by the river.");
        assertThat(page.locator("main")).containsText("Sessions $140; ask about the sliding scale.");
        assertThat(page.locator("main")).containsText(therapist.displayName());
        check("booking-public-page-edited");
        page.locator("#book-consultation").click();
        page.waitForLoadState();
        // weekly hours: the same slot each week within the horizon, the first one in two days
        assertThat(page.locator(".slot-day__label").first()).containsText(day);
        assertThat(page.locator(".slot-day").first().locator("input[name=slot]"))
                .hasCount(1);
        assertThat(page.locator("#no-slots")).hasCount(0);
        check("booking-new-slot");
    }
}
