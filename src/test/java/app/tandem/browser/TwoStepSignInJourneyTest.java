package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.identity.mfa.Totp;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A therapist of a practice that requires two-step sign-in: sent to enrolment, scans (here: reads) the
 * key, turns it on, keeps the recovery codes, and next time signs in with a code computed from that key.
 */
class TwoStepSignInJourneyTest extends BrowserTest {

    @Autowired
    Practices practices;

    @Test
    void aTherapistEnrolsAndSignsInWithACodeFromTheApp() {
        PracticeId practice = data.aPractice();
        practices.requireMfa(practice, true);
        CurrentUser therapist = data.aTherapist(practice);

        signIn(therapist.email(), TestData.PASSWORD);
        assertThat(page).hasURL(url("/settings/mfa"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your practice requires two-step sign-in");
        assertThat(page.getByRole(AriaRole.IMG)).isVisible();
        check("mfa-enrol");

        open("/therapist");
        // nothing else until enrolled
        assertThat(page).hasURL(url("/settings/mfa"));

        String secret = page.locator("#totp-secret").innerText();
        page.getByLabel("Enter the 6-digit code the app shows").fill(Totp.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your recovery codes")))
                .isVisible();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        check("mfa-recovery-codes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForLoadState();

        signIn(therapist.email(), TestData.PASSWORD);
        assertThat(page).hasURL(url("/login/code"));
        check("mfa-code");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill("000000".equals(next(secret)) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code did not work");
        check("mfa-code-wrong");

        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(next(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.waitForLoadState();
        assertThat(page.url()).doesNotContain("/login").doesNotContain("/settings/mfa");
        open("/settings/mfa");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Two-step sign-in is on")))
                .isVisible();
        check("mfa-on");
    }

    /** The next step's code: accepted with one step of leeway, and not the one that confirmed enrolment. */
    private static String next(String secret) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(30));
    }
}
