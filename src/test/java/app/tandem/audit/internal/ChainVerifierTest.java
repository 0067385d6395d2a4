package app.tandem.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.ChainBreak;
import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    static final PracticeId PRACTICE = PracticeId.random();
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditFacts facts = AuditFacts.recorded(
                    NOW.plusSeconds(seq),
                    UserId.random(),
                    "THERAPIST",
                    UserId.random(),
                    AuditAction.READ,
                    "checkins",
                    null,
                    null);
            String hash = AuditHash.of(PRACTICE, seq, facts, prev);
            chain.add(new AuditEntry(PRACTICE, seq, facts, prev, hash));
            prev = hash;
        }
        return chain;
    }

    static ChainStatus verify(List<AuditEntry> rows, ChainHead head) {
        ChainVerifier verifier = new ChainVerifier(PRACTICE);
        for (AuditEntry row : rows) {
            if (!verifier.accept(row)) {
                break;
            }
        }
        long highest = rows.stream().mapToLong(AuditEntry::seq).max().orElse(0);
        return verifier.finish(head, highest, head == null ? 0 : head.lastSeq(), NOW);
    }

    static ChainHead headOf(List<AuditEntry> chain) {
        AuditEntry last = chain.get(chain.size() - 1);
        return new ChainHead(last.seq(), last.hash());
    }

    @Test
    void acceptsAnUntouchedChain() {
        List<AuditEntry> chain = chainOf(5);

        ChainStatus status = verify(chain, headOf(chain));

        assertThat(status.intact()).isTrue();
        assertThat(status.rowsChecked()).isEqualTo(5);
    }

    @Test
    void anEmptyPracticeIsIntact() {
        assertThat(verify(List.of(), null).intact()).isTrue();
    }

    @Test
    void findsAChangedRow() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        AuditEntry third = chain.get(2);
        AuditFacts f = third.facts();
        chain.set(
                2,
                new AuditEntry(
                        PRACTICE,
                        3,
                        new AuditFacts(
                                f.occurredAt(),
                                f.actorId(),
                                f.actorRole(),
                                f.clientId(),
                                f.action(),
                                "journal",
                                f.requestId(),
                                f.remoteAddr()),
                        third.prevHash(),
                        third.hash()));

        assertThat(verify(chain, head).firstBreak()).isEqualTo(new ChainBreak(3, Reason.HASH_MISMATCH));
    }

    @Test
    void findsARowRewrittenWithAFreshHash() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        AuditEntry third = chain.get(2);
        AuditFacts f = third.facts();
        AuditFacts forged = new AuditFacts(
                f.occurredAt(),
                UserId.random(),
                f.actorRole(),
                f.clientId(),
                f.action(),
                f.what(),
                f.requestId(),
                f.remoteAddr());
        chain.set(
                2,
                new AuditEntry(
                        PRACTICE, 3, forged, third.prevHash(), AuditHash.of(PRACTICE, 3, forged, third.prevHash())));

        assertThat(verify(chain, head).firstBreak()).isEqualTo(new ChainBreak(4, Reason.PREV_HASH_MISMATCH));
    }

    @Test
    void findsADeletedRow() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        chain.remove(1);

        ChainStatus status = verify(chain, head);

        assertThat(status.firstBreak()).isEqualTo(new ChainBreak(2, Reason.SEQ_GAP));
        assertThat(status.rowsChecked()).isEqualTo(1);
    }

    @Test
    void findsRowsCutFromTheEnd() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);

        assertThat(verify(chain.subList(0, 3), head).firstBreak()).isEqualTo(new ChainBreak(4, Reason.HEAD_MISMATCH));
    }

    @Test
    void findsAHeadThatDoesNotMatchTheLastRow() {
        List<AuditEntry> chain = chainOf(3);

        assertThat(verify(chain, new ChainHead(3, "a".repeat(64))).firstBreak())
                .isEqualTo(new ChainBreak(3, Reason.HEAD_MISMATCH));
        assertThat(verify(chain, null).firstBreak()).isEqualTo(new ChainBreak(1, Reason.HEAD_MISMATCH));
    }

    @Test
    void findsRowsAddedBeyondTheHead() {
        List<AuditEntry> chain = chainOf(3);
        ChainVerifier verifier = new ChainVerifier(PRACTICE);
        chain.forEach(verifier::accept);

        assertThat(verifier.finish(headOf(chain), 4, 3, NOW).firstBreak())
                .isEqualTo(new ChainBreak(4, Reason.HEAD_MISMATCH));
    }
}
