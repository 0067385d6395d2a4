package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The demo's sessions: Maya's fortnight, Alex's sessions on her page, and Alex's agenda (axe, screenshots). */
@TestPropertySource(properties = "tandem.demo.enabled=true")
class SessionDemoTourTest extends BrowserTest {

    private static final String PASSWORD = "tandem-demo";

    @Test
    void mayaSeesTheFortnightAndAlexsSessionsWithTheAgenda() {
        signIn("therapist@demo.tandem", PASSWORD);
        open("/therapist/sessions");
        assertThat(page.locator("main")).containsText("Alex Rivera");
        assertThat(page.locator("main")).containsText("Sam Okafor");
        check("demo-therapist-sessions");
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .first()
                .click();
        assertThat(page.locator("#sessions")).containsText("Sleep is worse again since the clocks changed");
        assertThat(page.locator("#sessions")).containsText("Attended");
        check("demo-therapist-alex-sessions");
    }

    @Test
    void alexSeesUpcomingSessionsAndTheirAgenda() {
        signIn("client@demo.tandem", PASSWORD);
        assertThat(page.locator("#sessions-home li").first()).isVisible();
        open("/client/sessions");
        assertThat(page.locator(".agenda-text")).hasCount(3);
        check("demo-client-sessions");
    }
}
