package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.internal.AuditSealer;
import app.tandem.testing.CareTeam;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@TandemIntegrationTest
class AuditChainIntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditVerification verification;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditSealer sealer;

    CareTeam team;

    @BeforeEach
    void aTherapistWithAClient() {
        team = data.aTherapistWithAClient();
    }

    void therapistReads(int times) {
        Acting.as(team.therapist(), () -> {
            for (int i = 0; i < times; i++) {
                audit.read(team.practice(), team.client().id(), "checkins");
            }
        });
    }

    /** Reads, then seals them into the chain. */
    void therapistReadsSealed(int times) {
        therapistReads(times);
        sealer.sealNow();
    }

    long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE practice_id = ?")
                .param(team.practice().value())
                .query(Long.class)
                .single();
    }

    @Test
    void appendsLinkIntoAVerifiableChain() {
        therapistReads(3);
        Acting.as(
                team.therapist(),
                () -> audit.write(team.practice(), team.client().id(), "safety-plan"));
        sealer.sealNow();

        ChainStatus status = verification.verify(team.practice());

        assertThat(status.intact()).isTrue();
        assertThat(status.rowsChecked()).isEqualTo(4);
        assertThat(status.headSeq()).isEqualTo(4);
        List<String> links =
                jdbc.sql("""
                SELECT e.prev_hash FROM audit_event e WHERE e.practice_id = ? AND e.seq > 1 AND e.prev_hash <>
                (SELECT p.hash FROM audit_event p WHERE p.practice_id = e.practice_id AND p.seq = e.seq - 1)""").param(team.practice().value()).query(String.class).list();
        assertThat(links).isEmpty();
        assertThat(verification.lastRun(team.practice()))
                .get()
                .usingRecursiveComparison()
                .ignoringFields("checkedAt")
                .isEqualTo(status);
    }

    @Test
    void recordsWhoReadWhatFromTheSignedInUser() {
        therapistReads(1);
        audit.read(team.practice(), team.client().id(), "checkins");

        List<String> actors = jdbc.sql(
                        "SELECT actor_role || ':' || COALESCE(CAST(actor_id AS VARCHAR), '-') || ':' || what"
                                + " FROM audit_event WHERE practice_id = ? ORDER BY id")
                .param(team.practice().value())
                .query(String.class)
                .list();
        assertThat(actors).containsExactly("THERAPIST:" + team.therapist().id() + ":checkins", "SYSTEM:-:checkins");
    }

    @Test
    void detectsAChangedResourceName() {
        therapistReadsSealed(5);
        jdbc.sql("UPDATE audit_event SET what = 'journal' WHERE practice_id = ? AND seq = 3")
                .param(team.practice().value())
                .update();

        assertThat(verification.verify(team.practice()).firstBreak())
                .isEqualTo(new ChainBreak(3, Reason.HASH_MISMATCH));
    }

    @Test
    void detectsAChangedActor() {
        therapistReadsSealed(5);
        jdbc.sql("UPDATE audit_event SET actor_id = NULL, actor_role = 'SYSTEM' WHERE practice_id = ? AND seq = 2")
                .param(team.practice().value())
                .update();

        ChainStatus status = verification.verify(team.practice());

        assertThat(status.intact()).isFalse();
        assertThat(status.firstBreak()).isEqualTo(new ChainBreak(2, Reason.HASH_MISMATCH));
        assertThat(status.summary()).contains("BROKEN at seq 2 (hash mismatch)");
    }

    @Test
    void detectsADeletedMiddleRow() {
        therapistReadsSealed(5);
        jdbc.sql("DELETE FROM audit_event WHERE practice_id = ? AND seq = 3")
                .param(team.practice().value())
                .update();

        assertThat(verification.verify(team.practice()).firstBreak()).isEqualTo(new ChainBreak(3, Reason.SEQ_GAP));
    }

    @Test
    void detectsADeletedLastRow() {
        therapistReadsSealed(5);
        jdbc.sql("DELETE FROM audit_event WHERE practice_id = ? AND seq = 5")
                .param(team.practice().value())
                .update();

        assertThat(verification.verify(team.practice()).firstBreak())
                .isEqualTo(new ChainBreak(5, Reason.HEAD_MISMATCH));
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Acting.as(
                team.therapist(),
                () -> tx.executeWithoutResult(status -> {
                    audit.write(team.practice(), team.client().id(), "safety-plan");
                    status.setRollbackOnly();
                }));
        assertThat(rows()).isZero();

        Acting.as(
                team.therapist(),
                () -> tx.executeWithoutResult(
                        status -> audit.write(team.practice(), team.client().id(), "safety-plan")));
        assertThat(rows()).isOne();
        sealer.sealNow();
        assertThat(verification.verify(team.practice()).intact()).isTrue();
    }

    @Test
    void aReadInsideAReadOnlyTransactionIsRecordedInItsOwn() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        Acting.as(
                team.therapist(),
                () -> readOnly.executeWithoutResult(status -> {
                    audit.read(team.practice(), team.client().id(), "checkins");
                    status.setRollbackOnly();
                }));

        assertThat(rows()).isOne();
    }

    @Test
    void aReadAfterAWriteInTheSameTransactionDoesNotWaitOnItself() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Acting.as(
                team.therapist(),
                () -> tx.executeWithoutResult(status -> {
                    audit.write(team.practice(), team.client().id(), "safety-plan");
                    audit.read(team.practice(), team.client().id(), "safety-plan");
                }));

        assertThat(rows()).isEqualTo(2);
        sealer.sealNow();
        assertThat(verification.verify(team.practice()).intact()).isTrue();
    }

    @Test
    void concurrentRecordsSealIntoAValidChain() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                boolean writer = t % 2 == 0;
                done.add(pool.submit(() -> {
                    start.await();
                    Acting.as(team.therapist(), () -> {
                        for (int i = 0; i < perThread; i++) {
                            if (writer) {
                                audit.write(team.practice(), team.client().id(), "checkins");
                            } else {
                                audit.read(team.practice(), team.client().id(), "checkins");
                            }
                        }
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealNow();

        ChainStatus status = verification.verify(team.practice());

        assertThat(status.intact()).as(status.summary()).isTrue();
        assertThat(status.rowsChecked()).isEqualTo(threads * perThread);
        assertThat(status.headSeq()).isEqualTo(threads * perThread);
    }
}
