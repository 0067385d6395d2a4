package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.booking.BookingFixture;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A visitor books a free consultation on a phone, without an account; then moves and cancels it. */
@Import(BookingFixture.class)
class BookingJourneysTest extends BrowserTest {

    @Autowired
    BookingFixture fixture;

    private void bookFirstFreeTime(BookingFixture.Setup setup, String email, boolean notSafe) {
        open("/p/" + setup.slug());
        check("booking-public-page");
        page.locator("#book-consultation").click();
        page.waitForLoadState();
        // Not the first time: it starts just after the notice period, and a minute later it can no longer be booked.
        page.locator("input[name=slot]").nth(4).check();
        page.getByLabel("Your name").fill("Dana Visitor");
        page.locator("#email").fill(email);
        page.getByLabel("Phone (optional)").fill("201-555-0199");
        page.getByLabel("What would you like help with? (optional)").fill("Trouble sleeping since the move");
        page.locator(notSafe ? "#safety-yes" : "#safety-no").check();
        if (notSafe) {
            assertThat(page.locator("#crisis-now")).isVisible();
            assertThat(page.locator("#crisis-now a[href='tel:988']")).isVisible();
        }
        check(notSafe ? "booking-form-safety-yes" : "booking-form-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book consultation"))
                .click();
        page.waitForLoadState();
    }

    @Test
    void aVisitorBooksOnAPhoneThenMovesAndCancelsFromTheLink() {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        bookFirstFreeTime(setup, "dana@example.org", false);

        assertThat(page.locator("h1")).hasText("Your consultation is booked");
        assertThat(page.locator("#crisis-screen")).hasCount(0);
        check("booking-confirmed");

        page.locator("#manage-link").click();
        page.waitForLoadState();
        check("booking-manage");
        page.locator("input[name=slot]").nth(3).check();
        page.locator("#confirm-reschedule").click();
        assertThat(page.locator("#managed-heading")).hasText("Your consultation has moved");
        check("booking-moved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel or choose another time"))
                .click();
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#managed-heading")).hasText("Your consultation is cancelled");
        check("booking-cancelled");
    }

    @Test
    void yesToTheSafetyQuestionShowsTheCrisisScreenAndStillBooks() {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        bookFirstFreeTime(setup, "river@example.org", true);

        assertThat(page.locator("#crisis-screen")).isVisible();
        assertThat(page.locator("#crisis-screen a[href='tel:911']")).isVisible();
        assertThat(page.locator("#crisis-screen a[href='tel:988']")).isVisible();
        assertThat(page.locator("#crisis-screen a[href='sms:741741?body=HOME']"))
                .isVisible();
        assertThat(page.locator("#booked-summary")).isVisible();
        check("booking-safety-crisis-screen");
    }
}
