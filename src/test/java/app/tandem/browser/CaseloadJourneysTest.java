package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.Role;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The therapist's caseload on a phone-sized screen: triage order, filters, search, the score explained; axe on each. */
@Import(CaseloadFixture.class)
class CaseloadJourneysTest extends BrowserTest {

    @Autowired
    CaseloadFixture fixture;

    CurrentUser therapist;
    CurrentUser quiet;

    @BeforeEach
    void caseload() {
        therapist = data.aTherapist(data.aPractice());
        quiet = client("Aaron Quiet");
        CurrentUser worse = client("Bea Worse");
        CurrentUser alerted = client("Zed Alerted");
        fixture.anAlert(alerted, RiskLevel.HIGH);
        fixture.weeklyScores(worse, "phq9", Instant.now().minus(Duration.ofDays(1)), 9, 12, 17);
    }

    @Test
    void theTherapistSeesWhoNeedsThemFirstAndWhy() {
        signIn(therapist.email(), TestData.PASSWORD);

        Locator rows = page.locator(".caseload-row");
        assertThat(page.locator("h1")).hasText("Your caseload");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0).locator(".caseload-row__name")).hasText("Zed Alerted");
        assertThat(rows.nth(0)).containsText("High risk alert open, respond within");
        assertThat(rows.nth(1)).containsText("PHQ-9 reliably worse since the first score");
        assertThat(rows.nth(2)).containsText("Nothing flagged.");
        check("caseload-home");

        // each reason carries its points, the score is their sum, and one table says how points are given
        assertThat(rows.nth(1).locator(".caseload-reasons li").first()).containsText("+30 points");
        assertThat(rows.nth(1).locator(".caseload-score")).hasText("score 45"); // 30 + 15 (above caseness, rising)
        page.locator(".caseload-why summary").click();
        assertThat(page.locator(".caseload-why table")).isVisible();
        assertThat(page.locator(".caseload-why table")).containsText("Reliable deterioration");
        check("caseload-score-explained");

        page.locator("label:has(#filter-attention)").click();
        page.locator(".caseload-filters button").click();
        assertThat(rows).hasCount(2);
        assertThat(page.locator("#caseload-list")).not().containsText("Aaron Quiet");
        check("caseload-needs-attention");
    }

    @Test
    void aNewAlertMovesTheClientToTheTopWithoutReloading() {
        signIn(therapist.email(), TestData.PASSWORD);
        Locator first = page.locator(".caseload-row").first().locator(".caseload-row__name");
        assertThat(first).hasText("Zed Alerted");
        page.waitForTimeout(1000); // let the alert stream connect before the alert is raised

        fixture.anAlert(quiet, RiskLevel.HIGH);

        // both have a high alert now (150 each): the name decides, and the list was refreshed in place
        assertThat(first)
                .hasText(
                        "Aaron Quiet",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
    }

    @Test
    void filtersSearchAndTheExplanationWorkWithoutJavaScript() {
        BrowserContext noScript = newContext(false);
        page = noScript.newPage();
        signIn(therapist.email(), TestData.PASSWORD);

        page.locator("#caseload-q").fill("bea");
        page.locator(".caseload-filters button").click();
        page.waitForLoadState();
        assertThat(page.locator(".caseload-row")).hasCount(1);
        assertThat(page.locator(".caseload-row__name")).hasText("Bea Worse");
        page.locator(".caseload-why summary").click();
        assertThat(page.locator(".caseload-why table")).isVisible();
        check("caseload-no-script");
        noScript.close();
    }

    private CurrentUser client(String name) {
        return data.aPerson(therapist.practiceId(), EnumSet.of(Role.CLIENT), therapist.id(), name);
    }
}
