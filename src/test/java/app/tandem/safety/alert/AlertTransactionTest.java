package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.crypto.RawRows;
import app.tandem.notification.Notifier;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A saved risky entry never exists without its alert, and a rolled-back entry leaves no alert behind. */
@TandemIntegrationTest
class AlertTransactionTest {

    static final String RISKY = "Work was long. I have a plan, I just need to pick the day.";

    @Autowired
    SafetyNet safetyNet;

    @Autowired
    Notifier notifier;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate tx;
    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        jdbc.sql("CREATE TABLE IF NOT EXISTS alert_test_entry (id UUID PRIMARY KEY, client_id UUID NOT NULL)")
                .update();
    }

    @Test
    void rollingBackTheEntryRollsBackItsAlertItsTimerAndItsNotifications() {
        UUID entry = UUID.randomUUID();
        UUID[] alert = new UUID[1];
        tx.executeWithoutResult(status -> {
            saveEntry(entry);
            alert[0] = safetyNet
                    .screenText(client.id(), client.practiceId(), source(entry), RISKY)
                    .alertId();
            status.setRollbackOnly();
        });

        assertThat(alert[0]).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM alert_test_entry WHERE id = ?", entry))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM safety_alert WHERE client_id = ?",
                        client.id().value()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance LIKE ?", alert[0] + "%"))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE user_id = ?",
                        therapist.id().value()))
                .isZero();
        assertThat(notifier.deliveriesFor(alert[0].toString())).isEmpty();
    }

    @Test
    void committingTheEntryCommitsItsAlertTimerAndNotifications() {
        UUID entry = UUID.randomUUID();
        SafetyOutcome outcome = tx.execute(status -> {
            saveEntry(entry);
            return safetyNet.screenText(client.id(), client.practiceId(), source(entry), RISKY);
        });

        assertThat(outcome.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(outcome.showCrisisScreen()).isTrue();
        assertThat(outcome.reasons()).isNotEmpty();
        assertThat(outcome.contactExpectation()).isNotBlank();
        assertThat(count("SELECT COUNT(*) FROM alert_test_entry WHERE id = ?", entry))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM safety_alert WHERE id = ? AND status = 'OPEN'", outcome.alertId()))
                .isOne();
        assertThat(count(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?",
                        DeadlineTimers.TASK,
                        DeadlineTimers.instanceId(outcome.alertId(), 0, 0)))
                .isOne();
        assertThat(notifier.deliveriesFor(outcome.alertId().toString())).hasSize(1);
        RawRows.assertNoPlaintext(jdbc, "safety_alert", "pick the day");
        RawRows.assertNoPlaintext(jdbc, "safety_alert_signal", "pick the day");
    }

    @Test
    void refusesToRunOutsideTheSavingTransaction() {
        assertThatThrownBy(
                        () -> safetyNet.screenText(client.id(), client.practiceId(), source(UUID.randomUUID()), RISKY))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void harmlessTextRaisesNoAlert() {
        SafetyOutcome outcome = tx.execute(status -> safetyNet.screenText(
                client.id(), client.practiceId(), source(UUID.randomUUID()), "Good walk with my dog."));

        assertThat(outcome).isEqualTo(SafetyOutcome.NONE);
        assertThat(count(
                        "SELECT COUNT(*) FROM safety_alert WHERE client_id = ?",
                        client.id().value()))
                .isZero();
    }

    private void saveEntry(UUID entry) {
        jdbc.sql("INSERT INTO alert_test_entry (id, client_id) VALUES (?, ?)")
                .params(entry, client.id().value())
                .update();
    }

    private static SignalSource source(UUID entry) {
        return new SignalSource("checkin-note", entry.toString(), "Check-in note", false);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
