package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.practice.OnCallRota;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines live in the database: a scheduler that did not schedule a deadline (a restarted node)
 * still runs it, and two schedulers racing on one deadline escalate it exactly once. The application's
 * own scheduler is paused meanwhile, so only the schedulers built here can run the deadline.
 */
@TandemIntegrationTest
@Import(AlertFixture.class)
class DurableDeadlineTest {

    @Autowired
    AlertFixture alerts;

    @Autowired
    TestData data;

    @Autowired
    OnCallRota rota;

    @Autowired
    Scheduler applicationScheduler;

    @Autowired
    OneTimeTask<Void> safetyAlertDeadlineTask;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    CurrentUser backup;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        PracticeId practice = data.aPractice();
        CurrentUser therapist = data.aTherapist(practice);
        backup = data.aTherapist(practice);
        client = data.aClientOf(therapist);
        rota.addEntry(practice, backup.id(), null, null);
        applicationScheduler.pause();
    }

    @AfterEach
    void resume() {
        applicationScheduler.resume();
    }

    @Test
    void aPendingDeadlineFiresAfterARestartOnAFreshScheduler() {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
        assertThat(alerts.timerExists(id, 0, 0)).isTrue();

        Scheduler restarted = node("restarted");
        try {
            restarted.start();
            makeDue(id);
            await().atMost(Duration.ofSeconds(30)).until(() -> alerts.step(id) == 1);
        } finally {
            restarted.stop();
        }

        assertThat(alerts.chainCount(id, "ESCALATED")).isOne();
        assertThat(alerts.notificationsOf(backup, "ALERT_ESCALATED")).isOne();
        assertThat(alerts.timerExists(id, 0, 0)).as("the fired timer is done").isFalse();
        assertThat(alerts.timerExists(id, 0, 1))
                .as("the next step's timer is stored")
                .isTrue();
    }

    @Test
    void twoNodesRacingOnOneDeadlineEscalateItExactlyOnce() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
        List<Scheduler> nodes = List.of(node("node-a"), node("node-b"));
        try {
            nodes.forEach(Scheduler::start);
            makeDue(id);
            await().atMost(Duration.ofSeconds(30)).until(() -> alerts.step(id) == 1);
            Thread.sleep(1500); // several more polling rounds on both nodes: a second run would show now
        } finally {
            nodes.forEach(Scheduler::stop);
        }

        assertThat(alerts.chainCount(id, "ESCALATED")).isOne();
        assertThat(alerts.chainCount(id, "COVER_GRANTED")).isOne();
        assertThat(alerts.notificationsOf(backup, "ALERT_ESCALATED")).isOne();
        assertThat(alerts.step(id)).isEqualTo(1);
    }

    private Scheduler node(String name) {
        return Scheduler.create(dataSource, safetyAlertDeadlineTask)
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(name))
                .threads(1)
                .pollingInterval(Duration.ofMillis(100))
                .tableName("scheduled_tasks")
                .build();
    }

    /** The deadline passes: as if the clock had moved on while no node was running. */
    private void makeDue(UUID id) {
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE "
                        + "WHERE task_name = ? AND task_instance = ?")
                .params(DeadlineTimers.TASK, DeadlineTimers.instanceId(id, 0, 0))
                .update();
    }
}
