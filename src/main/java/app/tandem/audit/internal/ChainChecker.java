package app.tandem.audit.internal;

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

    ChainChecker(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Walks the rows up to the head as read first; appends committed meanwhile lie beyond it and are
     * left for the next run, so verification can run while the application is in use.
     */
    @Transactional(readOnly = true)
    public ChainStatus check(PracticeId practice) {
        ChainHead head = events.findHead(practice).orElse(null);
        long upTo = head == null ? Long.MAX_VALUE : head.lastSeq();
        ChainVerifier verifier = new ChainVerifier(practice);
        List<AuditEntry> batch;
        do {
            batch = events.batch(practice, verifier.lastGoodSeq(), upTo, BATCH);
            for (AuditEntry entry : batch) {
                if (!verifier.accept(entry)) {
                    return verifier.finish(head, 0, 0, clock.instant());
                }
            }
        } while (batch.size() == BATCH);
        long highest = events.highestSeq(practice);
        long headNow = events.findHead(practice).map(ChainHead::lastSeq).orElse(0L);
        return verifier.finish(head, highest, headNow, clock.instant());
    }
}
