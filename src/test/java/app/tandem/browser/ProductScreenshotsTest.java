package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The screenshots of the product's main pages that doc/screenshots keeps (bin/screenshots copies them there): the
 * demo practice on a phone (390x844) and a desktop (1366x900), light and dark, each page checked by axe. Saved as
 * target/screenshots/product/{page}-{width}-{theme}.png: on a phone the first screen, on a desktop the whole page.
 * The themes are CSS only, so one database is enough.
 */
@DisabledIfEnvironmentVariable(named = "TANDEM_TEST_DB_URL", matches = ".+")
@TestPropertySource(properties = "tandem.demo.enabled=true")
class ProductScreenshotsTest extends BrowserTest {

    private static final String PASSWORD = "tandem-demo";
    private static final List<String[]> CLIENT_PAGES = List.of(
            new String[] {"today", "/"},
            new String[] {"check-in", "/client/checkins/new"},
            new String[] {"trends", "/client/trends?days=90"},
            new String[] {"journal", "/client/journal"},
            new String[] {"safety-plan", "/client/safety-plan"});

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"390, 844, light", "390, 844, dark", "1366, 900, light", "1366, 900, dark"})
    void theClientsPages(int width, int height, String theme) {
        show(width, height, theme);
        signIn("client@demo.tandem", PASSWORD);
        for (String[] p : CLIENT_PAGES) {
            open(p[1]);
            assertThat(page.locator("h1")).isVisible();
            shoot(p[0], width);
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"390, 844, light", "390, 844, dark", "1366, 900, light", "1366, 900, dark"})
    void theTherapistsPages(int width, int height, String theme) {
        show(width, height, theme);
        signIn("therapist@demo.tandem", PASSWORD);
        assertThat(page.locator("h1")).hasText("Your caseload");
        shoot("therapist-home", width);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Alex Rivera");
        shoot("client-overview", width);
    }

    /**
     * Axe checks the page (its full-page screenshot goes with the others), then the picture for the docs: on a phone
     * the first screen as the client sees it (tab bar at the bottom), on a desktop the whole page.
     */
    private void shoot(String name, int width) {
        check("product-checked/" + name + "-" + width);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("product/" + name + "-" + width + screenshotSuffix + ".png"))
                .setFullPage(width > 390));
    }

    private void show(int width, int height, String theme) {
        page.setViewportSize(width, height);
        page.emulateMedia(new Page.EmulateMediaOptions()
                .setColorScheme("dark".equals(theme) ? ColorScheme.DARK : ColorScheme.LIGHT));
        screenshotSuffix = "-" + theme;
    }
}
