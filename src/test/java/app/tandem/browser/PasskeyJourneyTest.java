package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.identity.AccountPauses;
import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.mfa.Totp;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator standing in for a phone's (a platform
 * authenticator that keeps discoverable keys and verifies the user): added in settings, then used to sign
 * in, instead of the password and the code.
 */
class PasskeyJourneyTest extends BrowserTest {

    @Autowired
    Practices practices;

    @Autowired
    SecondFactors factors;

    @Autowired
    AccountPauses pauses;

    @BeforeEach
    void addVirtualAuthenticator() {
        CDPSession devTools = context.newCDPSession(page);
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject authenticator = new JsonObject();
        authenticator.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", authenticator);
    }

    @Test
    void aTherapistWithTwoStepSignInAddsAPasskeyAndSignsInWithItWithoutTheCodeStep() {
        PracticeId practice = data.aPractice();
        practices.requireMfa(practice, true);
        CurrentUser therapist = data.aTherapist(practice);
        String secret = factors.pendingEnrolment(therapist.id(), therapist.email())
                .orElseThrow()
                .secret();
        assertThat(factors.confirm(therapist.id(), Totp.codeAt(secret, Instant.now())))
                .isPresent();

        signIn(therapist.email(), TestData.PASSWORD);
        assertThat(page).hasURL(url("/login/code"));
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));

        open("/settings");
        assertThat(page.getByText("You have no passkeys yet.")).isVisible();
        addPasskey("Work laptop");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your passkey was added");
        assertThat(page.locator("#passkey-list li")).hasCount(1);
        assertThat(page.locator("#passkey-list")).containsText("Work laptop");
        assertThat(page.locator("#passkey-list")).containsText("not used yet");
        check("settings-passkeys");

        signOut();
        signInWithPasskey();
        assertThat(page.url())
                .as("signed in, past the code step and enrolment")
                .doesNotContain("/login")
                .doesNotContain("/settings/mfa");
        // the landing page may still be rendering on a busy machine (it failed once at 5 s in CI)
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(20_000));
        open("/settings");
        assertThat(page.locator("#passkey-list")).containsText("last used");
    }

    @Test
    void aPausedAccountCannotSignInWithItsPasskey() {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        signIn(therapist.email(), TestData.PASSWORD);
        open("/settings");
        addPasskey("Phone");
        assertThat(page.locator("#passkey-list li")).hasCount(1);
        signOut();

        assertThat(pauses.pause(data.anAdmin(practice), therapist.id())).isTrue();
        signInWithPasskey();
        assertThat(page).hasURL(url("/login?error=disabled"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This account is switched off");
        open("/settings");
        assertThat(page.url()).as("not signed in").startsWith(url("/login"));
    }

    @Test
    void theSignInPageOffersAPasskeyOnlyWhereTheBrowserCanUseOne() {
        open("/login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")))
                .isVisible();
        check("login-passkey");

        page = newContext(false).newPage();
        open("/login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")))
                .isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        page.context().close();
    }

    private void addPasskey(String name) {
        page.getByLabel("Name this passkey").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .click();
        page.waitForURL(address -> address.contains("passkeyAdded"));
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(address -> address.contains("/login"));
    }

    private void signInWithPasskey() {
        open("/login");
        String form = url("/login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                .click();
        // past the sign-in page, wherever the passkey sent us (the page it was refused on says /login?error=...)
        page.waitForURL(address -> !address.equals(form));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.DOMCONTENTLOADED);
    }
}
