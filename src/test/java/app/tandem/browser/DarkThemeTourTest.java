package app.tandem.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Every page of the tour again with the device set to dark: axe checks contrast in the dark theme too, and the
 * screenshots are saved with a "-dark" suffix. The theme is CSS only, so one database is enough.
 */
@DisabledIfEnvironmentVariable(named = "TANDEM_TEST_DB_URL", matches = ".+")
class DarkThemeTourTest extends PageTourTest {

    @BeforeEach
    void darkTheme() {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        screenshotSuffix = "-dark";
    }
}
