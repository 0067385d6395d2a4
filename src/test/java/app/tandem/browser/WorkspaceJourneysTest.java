package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The therapist's workspace on the demo practice: Alex's pre-session brief (axe, and printed on at most two A4 pages),
 * the timeline (filter and paging without JavaScript) and the assignments page.
 */
@TestPropertySource(properties = "tandem.demo.enabled=true")
class WorkspaceJourneysTest extends BrowserTest {

    private static final String PASSWORD = "tandem-demo";
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @Test
    void alexsBriefReadsFromTheClientPageAndPrintsOnAtMostTwoPages() {
        signIn("therapist@demo.tandem", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .first()
                .click();
        page.locator("#brief-link").click();
        assertThat(page.locator("h1")).hasText("Brief: Alex Rivera");
        assertThat(page.locator(".brief-glance li").first()).isVisible();
        // sections in their order: the agenda (appointment module, when present) first, then alerts
        assertThat(page.locator(".brief-section h2", new Page.LocatorOptions().setHasText("Risk alerts")))
                .isVisible();
        assertThat(page.locator("main")).containsText("Mood, anxiety and sleep");
        assertThat(page.locator(".sparkline").first()).isVisible();
        check("workspace-brief");

        page.setViewportSize(1280, 900);
        check("workspace-brief-wide");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
        int pages = pageCount(pdf);
        assertThat(pages).as("printed A4 pages of Alex's brief").isBetween(1, 2);
    }

    @Test
    void theTimelineFiltersAndPagesWithoutJavaScript() {
        signIn("therapist@demo.tandem", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .first()
                .click();
        page.locator("#timeline-link").click();
        assertThat(page.locator("h1")).hasText("Timeline: Alex Rivera");
        assertThat(page.locator(".timeline-list li").first()).isVisible();
        check("workspace-timeline");
        String timeline = page.url();

        BrowserContext noScript = newContext(false);
        noScript.addCookies(context.cookies());
        Page plain = noScript.newPage();
        plain.navigate(timeline);
        plain.locator("input[value=CHECK_IN]").uncheck();
        plain.locator("input[value=TECHNIQUE]").uncheck();
        plain.locator("#timeline-filter").click();
        assertThat(plain.locator("input[value=CHECK_IN]")).not().isChecked();
        assertThat(plain.locator("[data-kind=CHECK_IN]")).hasCount(0);
        assertThat(plain.locator(".timeline-list li").first()).isVisible();

        plain.navigate(timeline);
        String newestFirst = plain.locator(".timeline-list li").first().textContent();
        plain.locator("#timeline-older").click();
        assertThat(plain.locator(".timeline-list li").first()).not().hasText(newestFirst);
        plain.locator("#timeline-newer").click();
        assertThat(plain.locator(".timeline-list li").first()).hasText(newestFirst);
        noScript.close();
    }

    @Test
    void theAssignmentsPageListsWhatIsDueAcrossTheCaseload() {
        signIn("therapist@demo.tandem", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assignments"))
                .click();
        assertThat(page.locator("h1")).hasText("Due and overdue");
        assertThat(page.locator("main")).containsText("Homework: Read the sleep hygiene leaflet");
        check("workspace-assignments");
    }

    /** Pages in a PDF: its page objects (each "/Type /Page", not "/Pages"). */
    static int pageCount(byte[] pdf) {
        Matcher m = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
