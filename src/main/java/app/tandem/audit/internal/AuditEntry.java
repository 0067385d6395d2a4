package app.tandem.audit.internal;

import app.tandem.shared.PracticeId;

/** One sealed audit event: its facts, its place in the practice's chain, its links and its hash version. */
public record AuditEntry(
        PracticeId practice, long seq, AuditFacts facts, String prevHash, String hash, int hashVersion) {

    /** A version-1 (plain SHA-256) entry. */
    public AuditEntry(PracticeId practice, long seq, AuditFacts facts, String prevHash, String hash) {
        this(practice, seq, facts, prevHash, hash, AuditHash.PLAIN);
    }

    /** Whether the stored hash is the one these fields produce (version 1 only). */
    public boolean hashMatches() {
        return hashMatches(null);
    }

    /** Whether the stored hash is the one these fields produce; a keyed entry needs the key. */
    public boolean hashMatches(AuditKey key) {
        if (hashVersion == AuditHash.KEYED) {
            return key != null
                    && AuditHash.keyed(key, practice, seq, facts, prevHash).equals(hash);
        }
        return hashVersion == AuditHash.PLAIN
                && AuditHash.of(practice, seq, facts, prevHash).equals(hash);
    }
}
