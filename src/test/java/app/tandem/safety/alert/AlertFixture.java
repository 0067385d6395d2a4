package app.tandem.safety.alert;

import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Raises signals the way a saving module does (inside its transaction) and reads alert facts back. */
@TestComponent
class AlertFixture {

    static final String HIGH_TEXT = "I have a plan, I just need to pick the day.";

    private final SafetyNet safetyNet;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    AlertFixture(SafetyNet safetyNet, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.safetyNet = safetyNet;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    SafetyOutcome signal(CurrentUser client, RiskLevel level) {
        return tx.execute(s -> safetyNet.raiseSignal(
                client.id(),
                client.practiceId(),
                new SignalSource("measure-item", UUID.randomUUID().toString(), "PHQ-9 item 9", false),
                level,
                "PHQ-9 item 9 answered above 0"));
    }

    SafetyOutcome writes(CurrentUser client, String text, boolean privateEntry) {
        return tx.execute(s -> safetyNet.screenText(
                client.id(),
                client.practiceId(),
                new SignalSource("journal", UUID.randomUUID().toString(), "Journal entry", privateEntry),
                text));
    }

    long chainCount(UUID alert, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_alert_chain WHERE alert_id = ? AND kind = ?")
                .params(alert, kind)
                .query(Long.class)
                .single();
    }

    long notificationsOf(CurrentUser person, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = ?")
                .params(person.id().value(), kind)
                .query(Long.class)
                .single();
    }

    int step(UUID alert) {
        return jdbc.sql("SELECT escalation_step FROM safety_alert WHERE id = ?")
                .params(alert)
                .query(Integer.class)
                .single();
    }

    boolean timerExists(UUID alert, int round, int step) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                        .params(DeadlineTimers.TASK, DeadlineTimers.instanceId(alert, round, step))
                        .query(Long.class)
                        .single()
                == 1;
    }
}
