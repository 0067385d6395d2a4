package app.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.testing.TestData;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A journey in a real browser (headless Chromium) against the running application. Each test gets
 * a fresh browser context (cookies, storage) sized like a phone; {@link #check(String)} runs axe-core
 * (no serious or critical WCAG 2.2 AA violations) and saves a screenshot under target/screenshots.
 * Any Content-Security-Policy violation or script error on a page fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    BrowserContext context;
    Page page;
    final List<String> pageErrors = new ArrayList<>();
    private final java.util.Set<BrowserContext> withoutScript = new java.util.HashSet<>();

    @BeforeEach
    void openBrowser() {
        context = newContext(true);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        assertThat(pageErrors).as("console errors and CSP violations").isEmpty();
    }

    BrowserContext newContext(boolean javaScript) {
        Browser browser = Browsers.chromium();
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(1)
                .setIsMobile(false)
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-US"));
        if (!javaScript) {
            withoutScript.add(created);
        }
        created.onPage(p -> {
            p.onConsoleMessage(m -> {
                // a page answered with a 4xx on purpose (expired link, 404 page) is not a script error
                if ("error".equals(m.type())
                        && !m.text().startsWith("Failed to load resource: the server responded with a status of 4")) {
                    pageErrors.add(p.url() + ": " + m.text());
                }
            });
            p.onPageError(e -> pageErrors.add(p.url() + ": " + e));
        });
        return created;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        page.navigate(url(path));
    }

    void signIn(String email, String password) {
        open("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        // wait until the sign-in answered (home, a second step, or the form again with an error): navigating before
        // that would abort it (an app service worker makes the answer a little slower)
        String form = url("/login");
        page.waitForURL(address -> !address.equals(form));
        page.waitForLoadState();
    }

    /** Appended to every screenshot name (a theme's tour saves its own copies). */
    String screenshotSuffix = "";

    /** Runs axe on the current page and saves a screenshot named {@code name}. */
    void check(String name) {
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + screenshotSuffix + ".png"))
                .setFullPage(true));
        if (withoutScript.contains(page.context())) {
            return; // axe runs as a script: pages without JavaScript get their screenshot only
        }
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as("axe violations on %s (%s):%n%s", name, page.url(), describe(serious))
                .isEmpty();
        // Headings in order are a best practice, not a WCAG success criterion, so the tags above leave them out.
        List<Rule> headings = new AxeBuilder(page)
                .withRules(List.of("heading-order"))
                .analyze()
                .getViolations();
        assertThat(headings)
                .as("headings out of order on %s (%s):%n%s", name, page.url(), describe(headings))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(r -> "- " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(3)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
