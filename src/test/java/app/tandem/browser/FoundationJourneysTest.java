package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation's journeys in a real browser: help without sign-in, invitations, sign-in, sign-out. */
class FoundationJourneysTest extends BrowserTest {

    @Test
    void helpWorksWithoutSignInAndWithoutJavaScript() {
        BrowserContext noScript = newContext(false);
        Page help = noScript.newPage();
        help.navigate(url("/"));
        help.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now"))
                .click();
        assertThat(help).hasURL(url("/help"));
        assertThat(help.locator("a[href='tel:988']")).isVisible();
        assertThat(help.locator("a[href='sms:988']")).isVisible();
        assertThat(help.locator("a[href='sms:741741?body=HOME']")).hasText("Text HOME to 741741");
        assertThat(help.locator("a[href='tel:911']").first()).isVisible();
        noScript.close();
        open("/help");
        check("help");
    }

    @Test
    void aTherapistInvitesAClientWhoAcceptsAndSignsIn() {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        String clientEmail = "new.client+" + UUID.randomUUID().toString().substring(0, 8) + "@test.tandem";

        signIn(therapist.email(), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite a client"))
                .click();
        check("therapist-invite-client");
        page.getByLabel("Full name").fill("Jamie New");
        page.getByLabel("Email").fill(clientEmail);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent");

        String acceptPath = invitationLinkFor(clientEmail);
        BrowserContext clientBrowser = newContext(true);
        Page client = clientBrowser.newPage();
        client.navigate(url(acceptPath));
        assertThat(client.locator("h1")).containsText("Join");
        assertThat(client.locator(".terms")).containsText("Limits of confidentiality");
        Page therapistPage = page;
        page = client;
        check("accept-invitation");
        client.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("a long walk by the sea");
        client.getByLabel("Type the password again").fill("a long walk by the sea");
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                .click();
        assertThat(client.getByRole(AriaRole.ALERT)).containsText("tick the box");
        client.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("a long walk by the sea");
        client.getByLabel("Type the password again").fill("a long walk by the sea");
        client.getByLabel("I have read this and agree").check();
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                .click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("Your account is ready");
        assertThat(client.locator("h1")).hasText("Hello, Jamie New");
        assertThat(client.locator("main")).containsText(therapist.displayName());
        check("client-home");

        client.navigate(url(acceptPath));
        assertThat(client.locator("h1")).hasText("This invitation has already been used");
        clientBrowser.close();
        page = therapistPage;
    }

    @Test
    void wrongPasswordsLeadToAClearPause() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), "not the password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
        check("login-failed");
        signIn(client.email(), "still not it");
        signIn(client.email(), "third time unlucky");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("paused after several failed attempts");
        signIn(client.email(), TestData.PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("paused");
        check("login-paused");
    }

    @Test
    void signingOutEndsTheSession() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        signIn(therapist.email(), TestData.PASSWORD);
        // the therapist's home is the caseload
        assertThat(page.locator("h1")).hasText("Your caseload");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have signed out");
        open("/settings");
        assertThat(page).hasURL(url("/login"));
    }

    /** Waits for the invitation email in the dev mailbox and returns the path of its link. */
    private String invitationLinkFor(String email) {
        Page mailbox = context.newPage();
        Locator row = mailbox.locator("tr", new Page.LocatorOptions().setHasText(email));
        for (int attempt = 0; attempt < 40 && row.count() == 0; attempt++) {
            mailbox.navigate(url("/dev/mailbox"));
            if (row.count() == 0) {
                mailbox.waitForTimeout(250);
            }
        }
        assertThat(row.count()).as("invitation email in the dev mailbox").isEqualTo(1);
        row.getByRole(AriaRole.LINK).click();
        String href = mailbox.locator("a[href*='/invitations/']").getAttribute("href");
        mailbox.close();
        return URI.create(href).getPath();
    }
}
