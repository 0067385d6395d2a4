package app.tandem.audit.internal;

import app.tandem.audit.ChainBreak;
import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.PracticeId;
import java.time.Instant;

/**
 * Walks one practice's chain in seq order, one row at a time (so callers can stream), and remembers
 * the first break. Plain Java: the rules of a valid chain, without the database.
 */
public final class ChainVerifier {

    private final PracticeId practice;
    private final AuditKey key;
    private boolean keyedSeen;
    private long expectedSeq = 1;
    private String expectedPrevHash = AuditHash.GENESIS;
    private long rowsChecked;
    private ChainBreak firstBreak;

    public ChainVerifier(PracticeId practice) {
        this(practice, null);
    }

    public ChainVerifier(PracticeId practice, AuditKey key) {
        this.practice = practice;
        this.key = key;
    }

    /** Checks the next row; returns false once the chain is broken (further rows are not needed). */
    public boolean accept(AuditEntry entry) {
        if (firstBreak != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            return broken(expectedSeq, Reason.SEQ_GAP);
        }
        rowsChecked++;
        if (!expectedPrevHash.equals(entry.prevHash())) {
            return broken(entry.seq(), Reason.PREV_HASH_MISMATCH);
        }
        if (keyedSeen && entry.hashVersion() != AuditHash.KEYED) {
            // a plain hash after a keyed one: someone re-hashed without the key
            return broken(entry.seq(), Reason.HASH_MISMATCH);
        }
        if (!entry.hashMatches(key)) {
            return broken(entry.seq(), Reason.HASH_MISMATCH);
        }
        keyedSeen |= entry.hashVersion() == AuditHash.KEYED;
        expectedSeq = entry.seq() + 1;
        expectedPrevHash = entry.hash();
        return true;
    }

    /** The seq after which the next row is expected (for keyset batches). */
    public long lastGoodSeq() {
        return expectedSeq - 1;
    }

    /**
     * Compares the end of the walked chain with the head.
     *
     * @param head the head as read before walking, or null when the practice has none
     * @param highestSeq the highest seq stored for the practice, read after walking
     * @param headSeqNow the head's seq read after {@code highestSeq} (the sealer commits rows and head together,
     *     so a row above it was not sealed through the chain)
     */
    public ChainStatus finish(ChainHead head, long highestSeq, long headSeqNow, Instant checkedAt) {
        long headSeq = head == null ? 0 : head.lastSeq();
        if (firstBreak == null) {
            if (lastGoodSeq() != headSeq) {
                broken(Math.min(lastGoodSeq(), headSeq) + 1, Reason.HEAD_MISMATCH);
            } else if (head != null && !head.lastHash().equals(expectedPrevHash)) {
                broken(headSeq, Reason.HEAD_MISMATCH);
            } else if (highestSeq > headSeqNow) {
                broken(headSeqNow + 1, Reason.HEAD_MISMATCH);
            }
        }
        return new ChainStatus(practice, rowsChecked, headSeq, firstBreak, checkedAt);
    }

    private boolean broken(long seq, Reason reason) {
        firstBreak = new ChainBreak(seq, reason);
        return false;
    }
}
