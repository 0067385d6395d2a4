package app.tandem.audit.internal;

import app.tandem.shared.PracticeId;

/** One stored audit event: its facts, its place in the practice's chain and its links. */
public record AuditEntry(PracticeId practice, long seq, AuditFacts facts, String prevHash, String hash) {

    /** Whether the stored hash is the one these fields produce. */
    public boolean hashMatches() {
        return AuditHash.of(practice, seq, facts, prevHash).equals(hash);
    }
}
