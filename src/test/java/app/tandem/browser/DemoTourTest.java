package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo practice as a newcomer sees it: months of history render, pass axe-core and leave
 * screenshots (target/screenshots/demo-*), for each demo role.
 */
@TestPropertySource(properties = "tandem.demo.enabled=true")
class DemoTourTest extends BrowserTest {

    private static final String PASSWORD = "tandem-demo";

    @Test
    void theTherapistSeesAlexsHistoryScoresAndAlerts() {
        signIn("therapist@demo.tandem", PASSWORD);
        // the caseload puts the client who most needs attention first, with the reason
        assertThat(page.locator(".caseload-row").first().locator(".caseload-row__name"))
                .hasText("Alex Rivera");
        assertThat(page.locator(".caseload-row").first()).containsText("risk alert open");
        check("demo-therapist-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .click();
        assertThat(page.locator("h1")).hasText("Alex Rivera");
        assertThat(page.locator("main svg").first()).isVisible();
        check("demo-therapist-alex");
        String alex = page.url().substring(page.url().lastIndexOf('/') + 1);
        for (String part : new String[] {"measures", "trends", "safety-plan", "journal"}) {
            open("/therapist/clients/" + alex + "/" + part);
            check("demo-therapist-alex-" + part);
        }
        open("/therapist/alerts");
        assertThat(page.locator("#alert-list .alert-item").first()).isVisible();
        check("demo-therapist-alerts");
        page.locator("#alert-list .alert-item")
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open alert"))
                .click();
        assertThat(page.locator("main")).containsText("want the pain to end");
    }

    @Test
    void theOverviewOfAlexFitsTwoDesktopScreensWithAScoreCardPerQuestionnaire() {
        page.setViewportSize(1366, 900);
        signIn("therapist@demo.tandem", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Rivera"))
                .click();
        assertThat(page.locator("h1")).hasText("Alex Rivera");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#open-alerts-fact")).containsText("1 open");
        assertThat(page.locator("#next-session-fact")).containsText("Next session");
        // a score card per questionnaire: score, band and change in words with a marker, numbers behind a disclosure
        Locator phq9 = page.locator("#score-phq9");
        assertThat(phq9.locator(".score-card__value")).hasText("8");
        assertThat(phq9.locator(".score-card__band")).hasText("Mild depression");
        assertThat(phq9.locator(".score-card__change dd").first()).containsText("Reliable improvement");
        assertThat(phq9.locator(".score-card__change dd").first()).containsText("17 to 8 (-9)");
        assertThat(phq9.locator(".score-card__change dd").nth(1)).containsText("No reliable change");
        assertThat(phq9.locator(".change-marker__sign").first()).hasText("\u25B2");
        assertThat(page.locator("#score-gad7 .score-card__band")).hasText("Mild anxiety");
        assertThat(page.locator("#score-gad7 .score-card__change dd").first()).containsText("Reliable improvement");
        assertThat(phq9.locator("details summary")).hasText("Numbers and formulas");
        assertThat(phq9.getByText("Clinically significant change (crossed the caseness cut-off)"))
                .not()
                .isVisible();
        assertThat(page.locator(".score-card svg.measure-chart rect.measure-chart__band")
                        .first())
                .isVisible();
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        check("demo-therapist-alex-desktop");
        org.assertj.core.api.Assertions.assertThat(height)
                .as("scroll height of Alex's overview at 1366x900, in CSS pixels (two screens)")
                .isLessThanOrEqualTo(1800);
        phq9.locator("details summary").click();
        assertThat(phq9.getByText("Clinically significant change (crossed the caseness cut-off)"))
                .isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        check("demo-therapist-alex-desktop-dark");
    }

    @Test
    void alexSeesTheirDayTrendsAndPlan() {
        signIn("client@demo.tandem", PASSWORD);
        assertThat(page.locator("h1")).containsText("Alex");
        check("demo-client-home");
        for (String path : new String[] {
            "/client/trends?days=90",
            "/client/measures",
            "/client/safety-plan",
            "/client/journal",
            "/client/privacy",
            "/client/habits"
        }) {
            open(path);
            check("demo-client" + path.replaceAll("[/?=]", "-"));
        }
    }

    @Test
    void theAdminSeesThePracticeAndItsAuditTrailButNoClinicalContent() {
        // Words the demo's clients wrote: the therapist sees them (other test), the admin never does.
        String[] clinical = {
            "want the pain to end", "neighbours were loud", "catastrophising", "added his sister", "Several days"
        };
        signIn("admin@demo.tandem", PASSWORD);
        check("demo-admin-home");
        for (String path : new String[] {"/", "/admin/audit", "/admin/safety", "/admin/practice", "/admin/people"}) {
            open(path);
            for (String words : clinical) {
                assertThat(page.locator("body")).not().containsText(words);
            }
        }
        open("/admin/audit");
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        check("demo-admin-audit");
        open("/admin/safety");
        check("demo-admin-safety");
        open("/admin/people");
        check("demo-admin-people");
    }
}
