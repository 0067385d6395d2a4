package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The demo's months of toolbox use: what helps Alex ranks first, with its reasons; Maya sees the same. */
@TestPropertySource(properties = "tandem.demo.enabled=true")
class CopingDemoTourTest extends BrowserTest {

    private static final String PASSWORD = "tandem-demo";

    @Test
    void alexAndMayaSeeThatBreathingHelpsAlexAndRelaxationDoesNot() {
        signIn("client@demo.tandem", PASSWORD);
        assertThat(page.locator("#coping-home")).containsText("Your therapist suggests: Paced breathing");
        open("/client/toolbox");
        assertThat(page.locator(".coping-ranking__item").first()).containsText("Paced breathing");
        assertThat(page.locator(".coping-ranking__item").first()).containsText("points lower after");
        assertThat(page.locator(".coping-ranking__item").last()).containsText("Muscle relaxation");
        check("demo-client-toolbox");
        page.context().clearCookies();

        signIn("therapist@demo.tandem", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .click();
        assertThat(page.locator("#coping-section")).containsText("Paced breathing");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toolbox details and pins"))
                .click();
        assertThat(page.locator("#coping-stats tbody tr").first()).containsText("Paced breathing");
        check("demo-therapist-alex-toolbox");
    }
}
