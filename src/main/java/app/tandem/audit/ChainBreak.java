package app.tandem.audit;

/** Where a practice's audit chain first stops being trustworthy, and why. */
public record ChainBreak(long seq, Reason reason) {

    /** What verification found wrong at {@link #seq()}. */
    public enum Reason {
        /** The row's stored hash does not match its recomputed hash: the row was changed. */
        HASH_MISMATCH,
        /** The row does not point at the previous row's hash: a row before it was changed or replaced. */
        PREV_HASH_MISMATCH,
        /** A sequence number is missing: a row was deleted. */
        SEQ_GAP,
        /** The last row does not match the chain head (rows removed or added at the end, or head changed). */
        HEAD_MISMATCH,
        /** The chain does not reach, or does not match, the signed anchor kept outside the database. */
        ANCHOR_MISMATCH
    }
}
