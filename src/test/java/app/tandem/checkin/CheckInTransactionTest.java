package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.checkin.internal.CheckInDraft;
import app.tandem.checkin.internal.CheckInRecorder;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The note is screened inside the transaction that saves the check-in: they commit or vanish together. */
@TandemIntegrationTest
class CheckInTransactionTest {

    static final String RISKY = "i can't take it anymore";

    @Autowired
    CheckInRecorder recorder;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CurrentUser client;

    @BeforeEach
    void people() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void rollingBackTheSaveRollsBackTheAlertItsNoteRaised() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            CheckInRecorder.Recorded saved = recorder.record(client, risky(), "form:" + UUID.randomUUID());
            assertThat(saved.safety().level()).isEqualTo(RiskLevel.LOW);
            assertThat(count("checkin")).isOne();
            assertThat(count("safety_alert"))
                    .as("alert raised in the same, still open transaction")
                    .isOne();
            status.setRollbackOnly();
        });
        assertThat(count("checkin")).isZero();
        assertThat(count("safety_alert")).as("gone with the check-in").isZero();
    }

    @Test
    void aSavedRiskyCheckInAlwaysHasItsAlert() {
        CheckInRecorder.Recorded saved = recorder.record(client, risky(), "form:" + UUID.randomUUID());
        assertThat(saved.safety().alertId()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_alert WHERE id = ?")
                        .param(saved.safety().alertId())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(count("checkin")).isOne();
    }

    @Test
    void aRepeatedSubmitNeitherSavesNorScreensAgain() {
        String key = "api:" + UUID.randomUUID();
        CheckInRecorder.Recorded first = recorder.record(client, risky(), key);
        CheckInRecorder.Recorded second = recorder.record(client, risky(), key);
        assertThat(second.repeated()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.safety().level()).isEqualTo(RiskLevel.LOW);
        assertThat(count("checkin")).isOne();
        assertThat(count("safety_alert_signal")).as("screened once").isOne();
    }

    private static CheckInDraft risky() {
        return new CheckInDraft(2, null, null, null, null, List.of(), List.of(), RISKY, null);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?")
                .param(client.id().value())
                .query(Long.class)
                .single();
    }
}
