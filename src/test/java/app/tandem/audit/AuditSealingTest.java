package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.internal.AuditAction;
import app.tandem.audit.internal.AuditEventRepository;
import app.tandem.audit.internal.AuditFacts;
import app.tandem.audit.internal.AuditSealer;
import app.tandem.testing.CareTeam;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests write rows unsealed; the sealer chains them later, in the order it finds them committed. */
@TandemIntegrationTest
class AuditSealingTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditEventRepository events;

    @Autowired
    HealthIndicator auditSealing;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CareTeam team;

    @BeforeEach
    void aTherapistWithAClient() {
        team = data.aTherapistWithAClient();
    }

    /** Each row's what, in chain order, with null for rows not sealed yet. */
    List<String> chain() {
        return jdbc.sql("SELECT what || ':' || COALESCE(CAST(seq AS VARCHAR), '-') FROM audit_event"
                        + " WHERE practice_id = ? ORDER BY seq NULLS LAST, id")
                .param(team.practice().value())
                .query(String.class)
                .list();
    }

    @Test
    void requestsWriteRowsUnsealedAndTheSealerChainsThemInInsertionOrder() {
        Acting.as(team.therapist(), () -> {
            audit.read(team.practice(), team.client().id(), "checkins");
            audit.write(team.practice(), team.client().id(), "safety-plan");
            audit.readAll(
                    team.practice(),
                    List.of(team.client().id(), data.aClientOf(team.therapist()).id()),
                    "caseload");
        });

        assertThat(chain()).containsExactly("checkins:-", "safety-plan:-", "caseload:-", "caseload:-");
        ChainStatus before = verification.verify(team.practice());
        assertThat(before.intact()).isTrue();
        assertThat(before.rowsChecked()).isZero();
        assertThat(before.unsealedRows()).isEqualTo(4);
        assertThat(before.summary()).contains("4 not sealed yet");

        assertThat(sealer.sealNow(team.practice())).isEqualTo(4);

        assertThat(chain()).containsExactly("checkins:1", "safety-plan:2", "caseload:3", "caseload:4");
        ChainStatus after = verification.verify(team.practice());
        assertThat(after.intact()).as(after.summary()).isTrue();
        assertThat(after.rowsChecked()).isEqualTo(4);
        assertThat(after.headSeq()).isEqualTo(4);
        assertThat(after.unsealedRows()).isZero();
        assertThat(sealer.sealNow(team.practice())).isZero();
    }

    @Test
    void aRowCommittedLateIsSealedAfterTheRowsCommittedBeforeIt() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // a change whose transaction inserts its row first (lower id) but commits last
            Future<?> slowChange = pool.submit(() -> Acting.as(
                    team.therapist(),
                    () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                        audit.write(team.practice(), team.client().id(), "safety-plan");
                        inserted.countDown();
                        await(commit);
                    })));
            await(inserted);
            Acting.as(
                    team.therapist(),
                    () -> audit.read(team.practice(), team.client().id(), "checkins"));

            assertThat(sealer.sealNow(team.practice())).isOne();
            assertThat(chain()).containsExactly("checkins:1");

            commit.countDown();
            slowChange.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }

        assertThat(sealer.sealNow(team.practice())).isOne();
        assertThat(chain()).containsExactly("checkins:1", "safety-plan:2");
        assertThat(verification.verify(team.practice()).intact()).isTrue();
    }

    @Test
    void twoSealersAtOnceSealEveryRowExactlyOnce() throws Exception {
        Acting.as(team.therapist(), () -> {
            for (int i = 0; i < 60; i++) {
                audit.read(team.practice(), team.client().id(), "checkins");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> one = pool.submit(() -> {
                start.await();
                return sealer.sealNow(team.practice());
            });
            Future<Integer> two = pool.submit(() -> {
                start.await();
                return sealer.sealNow(team.practice());
            });
            start.countDown();
            assertThat(one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS))
                    .isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }

        ChainStatus status = verification.verify(team.practice());
        assertThat(status.intact()).as(status.summary()).isTrue();
        assertThat(status.rowsChecked()).isEqualTo(60);
        assertThat(status.unsealedRows()).isZero();
    }

    /**
     * The window (ADR 0023): until a row is sealed the chain proves nothing about it, so a row changed before
     * sealing is sealed as changed; from sealing on, a change is detected.
     */
    @Test
    void theChainProvesNothingAboutARowUntilItIsSealed() {
        Acting.as(
                team.therapist(),
                () -> audit.read(team.practice(), team.client().id(), "checkins"));
        jdbc.sql("UPDATE audit_event SET what = 'habits' WHERE practice_id = ? AND seq IS NULL")
                .param(team.practice().value())
                .update();
        sealer.sealNow(team.practice());

        assertThat(chain()).containsExactly("habits:1");
        assertThat(verification.verify(team.practice()).intact()).isTrue();

        jdbc.sql("UPDATE audit_event SET what = 'checkins' WHERE practice_id = ? AND seq = 1")
                .param(team.practice().value())
                .update();
        assertThat(verification.verify(team.practice()).firstBreak())
                .isEqualTo(new ChainBreak(1, Reason.HASH_MISMATCH));
    }

    @Test
    void unsealingASealedRowIsAGapInTheChain() {
        Acting.as(team.therapist(), () -> {
            for (int i = 0; i < 3; i++) {
                audit.read(team.practice(), team.client().id(), "checkins");
            }
        });
        sealer.sealNow(team.practice());
        jdbc.sql("UPDATE audit_event SET seq = NULL, prev_hash = NULL, hash = NULL WHERE practice_id = ? AND seq = 2")
                .param(team.practice().value())
                .update();

        ChainStatus status = verification.verify(team.practice());

        assertThat(status.firstBreak()).isEqualTo(new ChainBreak(2, Reason.SEQ_GAP));
        assertThat(status.unsealedRows()).isOne();
    }

    @Test
    void aRowWaitingOverAMinuteIsAHealthWarningNotAnOutage() {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(2));
        events.insertUnsealed(
                team.practice(),
                AuditFacts.recorded(
                        longAgo,
                        null,
                        AuditFacts.SYSTEM_ROLE,
                        team.client().id(),
                        AuditAction.READ,
                        "checkins",
                        null,
                        null));

        var late = auditSealing.health();
        ChainStatus status = verification.verify(team.practice());

        assertThat(late.getStatus()).isEqualTo(Status.UP);
        assertThat(late.getDetails()).containsKey("warning");
        assertThat((Long) late.getDetails().get("oldestUnsealedAgeSeconds")).isGreaterThanOrEqualTo(120);
        assertThat(status.intact()).isTrue();
        assertThat(status.sealingLate()).isTrue();
        assertThat(status.summary()).contains("LATE");

        sealer.sealNow();

        var sealed = auditSealing.health();
        assertThat(sealed.getDetails()).doesNotContainKey("warning").containsEntry("unsealedRows", 0L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
