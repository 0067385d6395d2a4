package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.internal.AuditEventRepository;
import app.tandem.audit.internal.AuditHash;
import app.tandem.audit.internal.AuditSealer;
import app.tandem.audit.internal.ChainHead;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two attacks a database-only attacker could hide from an unkeyed chain: rewriting a row and
 * re-hashing the rest, and deleting the newest rows with the head moved back.
 */
@TandemIntegrationTest
class AuditTamperingTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditEventRepository events;

    @Autowired
    AuditSealer sealer;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    PracticeId practice;
    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void practiceWithFiveEvents() {
        practice = data.aPractice();
        therapist = data.aTherapist(practice);
        client = data.aClientOf(therapist);
        Acting.as(therapist, () -> {
            for (int i = 0; i < 5; i++) {
                audit.read(practice, client.id(), "checkins");
            }
        });
        sealer.sealNow();
        assertThat(verification.verify(practice).intact()).isTrue();
    }

    @Test
    void aRewrittenRowWithTheRestReHashedIsDetected() throws Exception {
        jdbc.sql("UPDATE audit_event SET what = 'nothing' WHERE practice_id = ? AND seq = 2")
                .param(practice.value())
                .update();
        // the attacker recomputes every hash from seq 2 on, as the (unkeyed) algorithm is public
        List<app.tandem.audit.internal.AuditEntry> rows = events.batch(practice, 0, 5, 10);
        String prev = rows.get(0).hash();
        for (var row : rows.subList(1, rows.size())) {
            String forged = sha256Like(row, prev);
            jdbc.sql("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE practice_id = ? AND seq = ?")
                    .params(prev, forged, practice.value(), row.seq())
                    .update();
            prev = forged;
        }
        jdbc.sql("UPDATE audit_chain_head SET last_hash = ? WHERE practice_id = ?")
                .params(prev, practice.value())
                .update();

        assertThat(verification.verify(practice).firstBreak()).isEqualTo(new ChainBreak(2, Reason.HASH_MISMATCH));

        // nor does marking the forged rows as unkeyed help
        jdbc.sql("UPDATE audit_event SET hash_version = 1 WHERE practice_id = ? AND seq >= 2")
                .param(practice.value())
                .update();
        assertThat(verification.verify(practice).firstBreak()).isEqualTo(new ChainBreak(2, Reason.HASH_MISMATCH));
    }

    @Test
    void deletingTheNewestRowsAndMovingTheHeadBackIsDetected() {
        ChainHead three = new ChainHead(3, events.hashAt(practice, 3).orElseThrow());
        jdbc.sql("DELETE FROM audit_event WHERE practice_id = ? AND seq > 3")
                .param(practice.value())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE practice_id = ?")
                .params(three.lastSeq(), three.lastHash(), practice.value())
                .update();

        ChainStatus status = verification.verify(practice);

        assertThat(status.firstBreak()).isEqualTo(new ChainBreak(4, Reason.ANCHOR_MISMATCH));
    }

    /** What an attacker without the key can compute: the published version-1 hash. */
    private static String sha256Like(app.tandem.audit.internal.AuditEntry row, String prev) throws Exception {
        return AuditHash.of(row.practice(), row.seq(), row.facts(), prev);
    }
}
