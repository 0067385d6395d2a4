package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Visits every page of each role in the browser: each must render, pass axe-core and leave a
 * screenshot under target/screenshots. Capabilities add their pages here as they arrive.
 */
class PageTourTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    app.tandem.measure.Measures measures;

    @org.springframework.beans.factory.annotation.Autowired
    app.tandem.checkin.CheckIns checkIns;

    @Test
    void visitorPages() {
        data.aPractice();
        tour(
                "visitor",
                "/",
                "/login",
                "/password/forgot",
                "/dev/mailbox",
                "/dev/components",
                "/invitations/not-a-real-link",
                "/no-such-page");
    }

    @Test
    void clientPages() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        tour(
                "client",
                "/",
                "/client/checkins/new",
                "/client/trends",
                "/client/measures",
                "/client/measures/phq9",
                "/client/measures/gad7",
                "/client/measures/who5",
                "/client/measures/pcl5",
                "/client/my-data",
                "/client/journal",
                "/client/journal/new",
                "/client/safety-plan",
                "/client/safety-plan/edit",
                "/client/privacy",
                "/more",
                "/client/habits",
                "/client/habits/new",
                "/notifications",
                "/settings",
                "/admin/practice");
    }

    @Test
    void therapistPages() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        signIn(therapist.email(), TestData.PASSWORD);
        tour(
                "therapist",
                "/",
                "/therapist/alerts",
                "/therapist/invitations/new",
                "/therapist/clients/" + client.id(),
                "/therapist/clients/" + client.id() + "/trends",
                "/therapist/clients/" + client.id() + "/measures",
                "/therapist/clients/" + client.id() + "/safety-plan",
                "/therapist/clients/" + client.id() + "/journal",
                "/settings");
    }

    @Test
    void adminPages() {
        PracticeId practice = data.aPractice();
        data.aTherapist(practice);
        CurrentUser admin = data.anAdmin(practice);
        signIn(admin.email(), TestData.PASSWORD);
        tour(
                "admin",
                "/",
                "/admin/practice",
                "/admin/instruments",
                "/admin/safety",
                "/admin/invitations/new",
                "/admin/people",
                "/admin/audit",
                "/notifications");
    }

    @Test
    void scoreChartLabelsStayReadableOnAPhone() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "phq9",
                java.util.List.of(2, 2, 2, 2, 2, 2, 2, 3, 0),
                java.time.Instant.parse("2026-01-05T15:30:00Z"),
                null);
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "phq9",
                java.util.List.of(1, 1, 1, 1, 1, 1, 1, 1, 0),
                java.time.Instant.parse("2026-02-05T15:30:00Z"),
                null);
        java.time.Instant now = java.time.Instant.now();
        checkIns.recordHistorical(
                client.id(),
                java.util.stream.IntStream.range(1, 10)
                        .mapToObj(day -> new app.tandem.checkin.HistoricalCheckIn(
                                now.minus(java.time.Duration.ofDays(day)),
                                4 + day % 4,
                                3,
                                7.0,
                                null,
                                null,
                                java.util.List.of(),
                                java.util.List.of(),
                                null))
                        .toList());
        signIn(therapist.email(), TestData.PASSWORD);
        for (String chart : java.util.List.of("/measures", "/trends")) {
            open("/therapist/clients/" + client.id() + chart);
            Object smallest = page.evaluate("""
                    () => Math.min(...[...document.querySelectorAll('.measure-chart__label, .chart__label')].map(t =>
                        parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a))""");
            org.assertj.core.api.Assertions.assertThat(((Number) smallest).doubleValue())
                    .as("rendered size of the smallest label on %s, in CSS pixels, at 390 px wide", chart)
                    .isGreaterThanOrEqualTo(11);
            check("therapist" + chart.replace('/', '-') + "-chart-phone");
        }
    }

    private void tour(String role, String... paths) {
        for (String path : paths) {
            open(path);
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.locator("a.help-now")).hasAttribute("href", "/help");
            check(role + path.replace('/', '_').replaceAll("_[0-9a-f-]{36}", "_id"));
        }
    }
}
