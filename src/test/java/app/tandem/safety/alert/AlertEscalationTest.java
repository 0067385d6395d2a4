package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.identity.CareAccess;
import app.tandem.practice.OnCallRota;
import app.tandem.safety.Acknowledgement;
import app.tandem.safety.AlertOutcome;
import app.tandem.safety.Alerts;
import app.tandem.safety.SafetyOutcome;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Joining, raising and timed escalation, with the deadline handler called as the timer would call it. */
@TandemIntegrationTest
@Import(AlertFixture.class)
class AlertEscalationTest {

    @Autowired
    AlertFixture alerts;

    @Autowired
    Escalator escalator;

    @Autowired
    Alerts desk;

    @Autowired
    CareAccess care;

    @Autowired
    OnCallRota rota;

    @Autowired
    TestData data;

    PracticeId practice;
    CurrentUser therapist;
    CurrentUser backup;
    CurrentUser admin;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        practice = data.aPractice();
        therapist = data.aTherapist(practice);
        backup = data.aTherapist(practice);
        admin = data.anAdmin(practice);
        client = data.aClientOf(therapist);
        rota.addEntry(practice, therapist.id(), null, null); // the primary is on the rota too, and must be skipped
        rota.addEntry(practice, backup.id(), null, null);
    }

    @Test
    void repeatedSignalsWhileAnAlertIsOpenJoinIt() {
        UUID first = alerts.signal(client, RiskLevel.MODERATE).alertId();
        SafetyOutcome second = alerts.signal(client, RiskLevel.LOW);

        assertThat(second.alertId()).isEqualTo(first);
        assertThat(desk.get(therapist, first).level()).isEqualTo(RiskLevel.MODERATE);
        assertThat(alerts.chainCount(first, "JOINED")).isOne();
        assertThat(alerts.notificationsOf(therapist, "RISK_ALERT")).isOne();
    }

    @Test
    void aMoreUrgentSignalRaisesTheLevelAndRestartsEscalation() {
        UUID id = alerts.signal(client, RiskLevel.LOW).alertId();
        alerts.signal(client, RiskLevel.HIGH);

        assertThat(desk.get(therapist, id).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(alerts.timerExists(id, 1, 0)).isTrue();
        assertThat(alerts.notificationsOf(therapist, "RISK_ALERT")).isEqualTo(2);
        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 0, 0)))
                .as("the old round's timer")
                .isFalse();
        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 1, 0))).isTrue();
    }

    @Test
    void anUnacknowledgedAlertGoesToTheBackupThenToTheAdmins() {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
        CurrentUser outsider = data.aTherapist(practice);
        assertThat(care.canSeeClinicalData(backup, client.id())).isFalse();

        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 0, 0))).isTrue();

        assertThat(alerts.step(id)).isEqualTo(1);
        assertThat(care.canSeeClinicalData(backup, client.id()))
                .as("cover granted")
                .isTrue();
        assertThat(care.canSeeClinicalData(outsider, client.id())).isFalse();
        assertThat(alerts.notificationsOf(backup, "ALERT_ESCALATED")).isOne();
        assertThat(alerts.notificationsOf(therapist, "ALERT_ESCALATED"))
                .as("primary is not the cover")
                .isZero();
        assertThat(alerts.notificationsOf(admin, "ALERT_ESCALATED")).isZero();
        assertThat(alerts.timerExists(id, 0, 1)).isTrue();
        assertThat(desk.openFor(backup)).extracting(a -> a.id()).contains(id);

        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 0, 1))).isTrue();

        assertThat(alerts.step(id)).isEqualTo(2);
        assertThat(alerts.notificationsOf(admin, "ALERT_ESCALATED")).isOne();
        assertThat(alerts.chainCount(id, "ESCALATED")).isEqualTo(2);
    }

    @Test
    void aTimerForAnAcknowledgedAlertDoesNothing() {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
        desk.acknowledge(therapist, id, new Acknowledgement(AlertOutcome.CONTACTED_CLIENT, null, "Called, safe."));

        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 0, 0))).isFalse();

        assertThat(alerts.chainCount(id, "ESCALATED")).isZero();
        assertThat(alerts.notificationsOf(backup, "ALERT_ESCALATED")).isZero();
    }

    @Test
    void withNobodyOnCallTheAlertGoesStraightToTheAdmins() {
        PracticeId quiet = data.aPractice();
        CurrentUser soloTherapist = data.aTherapist(quiet);
        CurrentUser owner = data.anAdmin(quiet);
        CurrentUser soloClient = data.aClientOf(soloTherapist);
        UUID id = alerts.signal(soloClient, RiskLevel.HIGH).alertId();

        assertThat(escalator.onDeadline(new DeadlineTimers.Deadline(id, 0, 0))).isTrue();

        assertThat(alerts.step(id)).isEqualTo(2);
        assertThat(alerts.chainCount(id, "NOBODY_TO_TELL")).isOne();
        assertThat(alerts.notificationsOf(owner, "ALERT_ESCALATED")).isOne();
    }

    @Test
    void acknowledgingTwiceChangesNothingAndSaysWhoAcknowledgedFirst() {
        UUID id = alerts.signal(client, RiskLevel.MODERATE).alertId();
        var first = desk.acknowledge(
                therapist, id, new Acknowledgement(AlertOutcome.JUDGED_NOT_A_RISK, "Song lyrics she quoted", null));
        var second = desk.acknowledge(therapist, id, new Acknowledgement(AlertOutcome.CONTACTED_CLIENT, null, null));

        assertThat(first.alreadyAcknowledged()).isFalse();
        assertThat(second.alreadyAcknowledged()).isTrue();
        assertThat(second.outcome()).isEqualTo(AlertOutcome.JUDGED_NOT_A_RISK);
        assertThat(second.acknowledgedByName()).isEqualTo(therapist.displayName());
        assertThat(alerts.chainCount(id, "ACKNOWLEDGED")).isOne();
    }

    @Test
    void afterAcknowledgementANewSignalOpensANewAlert() {
        UUID first = alerts.signal(client, RiskLevel.LOW).alertId();
        desk.acknowledge(therapist, first, new Acknowledgement(AlertOutcome.CONTACTED_CLIENT, null, null));

        UUID second = alerts.signal(client, RiskLevel.LOW).alertId();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aPrivateJournalEntryAlertsWithOnlyTheMatchingSentence() {
        UUID id = alerts.writes(client, "Dinner with my sister Robin was tense. " + AlertFixture.HIGH_TEXT, true)
                .alertId();

        assertThat(desk.get(therapist, id).excerpt()).contains("pick the day").doesNotContain("Robin");
    }
}
