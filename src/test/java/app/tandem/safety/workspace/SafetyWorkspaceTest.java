package app.tandem.safety.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.safety.Acknowledgement;
import app.tandem.safety.AlertOutcome;
import app.tandem.safety.Alerts;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SafetyPlanSection;
import app.tandem.safety.SafetyPlans;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.Role;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What safety contributes: alerts and how each was handled, plan versions; two timelines. */
@TandemIntegrationTest
class SafetyWorkspaceTest {

    @Autowired
    TestData data;

    @Autowired
    SafetyNet safetyNet;

    @Autowired
    Alerts alerts;

    @Autowired
    SafetyPlans plans;

    @Autowired
    AlertBrief alertBrief;

    @Autowired
    SafetyPlanBrief planBrief;

    @Autowired
    List<TimelineContributor> timelines;

    @Autowired
    TransactionTemplate transactions;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void aClient() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void theBriefSaysHowEachAlertWasHandledAndWhichIsStillOpen() {
        SafetyOutcome handled = transactions.execute(t -> safetyNet.raiseSignal(
                client.id(),
                client.practiceId(),
                new SignalSource("measure-item", UUID.randomUUID().toString(), "PHQ-9 item 9", false),
                RiskLevel.MODERATE,
                "PHQ-9 item 9 answered 1"));
        alerts.acknowledge(
                therapist, handled.alertId(), new Acknowledgement(AlertOutcome.CONTACTED_CLIENT, null, "Called them"));
        transactions.executeWithoutResult(t -> safetyNet.screenText(
                client.id(),
                client.practiceId(),
                new SignalSource("checkin-note", UUID.randomUUID().toString(), "Check-in note", false),
                "I just want the pain to end."));
        Instant now = Instant.now();

        BriefSection section = alertBrief
                .sectionFor(client.id(), now.minus(Duration.ofDays(14)), now.plusSeconds(1))
                .orElseThrow();

        assertThat(section.order()).isEqualTo(20);
        assertThat(section.lines()).hasSize(3);
        assertThat(section.lines().get(0).text()).isEqualTo("2 alerts, 1 still open.");
        assertThat(section.lines().get(1).text())
                .startsWith("Moderate alert from PHQ-9 item 9.")
                .contains("Acknowledged by Theo Therapist within a minute.", "Outcome: Contacted the client.");
        assertThat(section.lines().get(1).link()).isEqualTo("/therapist/alerts/" + handled.alertId());
        assertThat(section.lines().get(2).text())
                .contains("from Check-in note.", "“I just want the pain to end.” Open: not yet acknowledged.")
                .doesNotContain("Acknowledged by");
    }

    @Test
    void aQuietPeriodSaysThereWereNoAlerts() {
        Instant now = Instant.now();
        BriefSection section = alertBrief
                .sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines()).extracting(BriefLine::text).containsExactly("No risk alerts in this period.");
    }

    @Test
    void planVersionsAreNamedWithWhoSavedThemAndWhichSectionsChanged() {
        Instant now = Instant.now();
        plans.recordHistorical(
                client.practiceId(),
                client.id(),
                client.id(),
                Role.CLIENT,
                Map.of(SafetyPlanSection.WARNING_SIGNS, List.of("Not sleeping")),
                now.minus(Duration.ofDays(3)));

        BriefSection section = planBrief
                .sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.heading()).isEqualTo("Safety plan");
        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "1 safety plan change.",
                        "Safety plan version 1 saved by the client; changed: My warning signs.");
        assertThat(timeline(TimelineKind.SAFETY_PLAN).before(client.id(), now, 10))
                .extracting(TimelineEntry::text)
                .containsExactly("Safety plan version 1 saved by the client");
    }

    @Test
    void aPeriodWithoutPlanChangesSaysSo() {
        Instant now = Instant.now();
        BriefSection section = planBrief
                .sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines()).extracting(BriefLine::text).containsExactly("No safety plan changes.");
    }

    @Test
    void theAlertTimelineSaysLevelSourceAndWhatWasDone() {
        SafetyOutcome raised = transactions.execute(t -> safetyNet.raiseSignal(
                client.id(),
                client.practiceId(),
                new SignalSource("measure-item", UUID.randomUUID().toString(), "PHQ-9 item 9", false),
                RiskLevel.HIGH,
                "PHQ-9 item 9 answered 3"));
        alerts.acknowledge(
                therapist, raised.alertId(), new Acknowledgement(AlertOutcome.CONTACTED_CLIENT, null, "Called them"));

        List<TimelineEntry> entries =
                timeline(TimelineKind.ALERT).before(client.id(), Instant.now().plusSeconds(1), 10);

        assertThat(entries)
                .extracting(TimelineEntry::text)
                .containsExactly("High alert from PHQ-9 item 9: Contacted the client");
        assertThat(entries.get(0).link()).isEqualTo("/therapist/alerts/" + raised.alertId());
    }

    private TimelineContributor timeline(TimelineKind kind) {
        return timelines.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}
