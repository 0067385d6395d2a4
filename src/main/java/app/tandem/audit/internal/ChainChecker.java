package app.tandem.audit.internal;

import app.tandem.audit.ChainBreak;
import app.tandem.audit.ChainBreak.Reason;
import app.tandem.audit.ChainStatus;
import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes one practice's chain from the database, in batches, never holding it all in memory. */
@Component
public class ChainChecker {

    static final int BATCH = 1_000;

    private final AuditEventRepository events;
    private final Clock clock;
    private final AuditKey key;
    private final AuditAnchors anchors;

    ChainChecker(AuditEventRepository events, Clock clock, AuditKey key, AuditAnchors anchors) {
        this.events = events;
        this.clock = clock;
        this.key = key;
        this.anchors = anchors;
    }

    /**
     * Walks the sealed rows up to the head as read first; rows sealed meanwhile lie beyond it and are
     * left for the next run, so verification can run while the application (and the sealer) is in use.
     */
    @Transactional(readOnly = true)
    public ChainStatus check(PracticeId practice) {
        ChainHead head = events.findHead(practice).orElse(null);
        long upTo = head == null ? Long.MAX_VALUE : head.lastSeq();
        ChainVerifier verifier = new ChainVerifier(practice, key);
        List<AuditEntry> batch;
        do {
            batch = events.batch(practice, verifier.lastGoodSeq(), upTo, BATCH);
            for (AuditEntry entry : batch) {
                if (!verifier.accept(entry)) {
                    return withUnsealed(verifier.finish(head, 0, 0, clock.instant()));
                }
            }
        } while (batch.size() == BATCH);
        long highest = events.highestSeq(practice);
        long headNow = events.findHead(practice).map(ChainHead::lastSeq).orElse(0L);
        return withUnsealed(againstAnchor(verifier.finish(head, highest, headNow, clock.instant())));
    }

    /** Rows not sealed yet prove nothing yet: they are counted, with the age of the oldest, not checked. */
    private ChainStatus withUnsealed(ChainStatus status) {
        AuditEventRepository.Unsealed unsealed = events.unsealedSummary(status.practice());
        return status.withUnsealed(unsealed.rows(), unsealed.oldest());
    }

    /** An intact chain must still reach the anchored head, with the anchored hash at that seq. */
    private ChainStatus againstAnchor(ChainStatus status) {
        if (!status.intact()) {
            return status;
        }
        return anchors.read(status.practice())
                .filter(anchor -> !anchor.genuine()
                        || anchor.seq() > status.headSeq()
                        || !events.hashAt(status.practice(), anchor.seq())
                                .map(anchor.hash()::equals)
                                .orElse(anchor.seq() == 0))
                .map(anchor -> new ChainStatus(
                        status.practice(),
                        status.rowsChecked(),
                        status.headSeq(),
                        new ChainBreak(Math.min(anchor.seq(), status.headSeq() + 1), Reason.ANCHOR_MISMATCH),
                        status.checkedAt()))
                .orElse(status);
    }
}
