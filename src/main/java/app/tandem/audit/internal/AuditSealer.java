package app.tandem.audit.internal;

import app.tandem.audit.internal.AuditEventRepository.SealedRow;
import app.tandem.audit.internal.AuditEventRepository.UnsealedRow;
import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains the rows requests wrote unsealed (ADR 0023). Per practice, under the chain head's row lock, it
 * takes the committed unsealed rows in insertion order and gives each the next seq, the previous hash
 * and its keyed hash, exactly as an append did before. The seq is assigned here, so the chain's order is
 * the order rows were sealed in: a row whose transaction commits late (with a lower id) simply gets a
 * later seq in a later round, and a row that is not committed yet is not visible to be sealed at all.
 * Two sealers at once are safe: the second waits on the head lock and then finds the rows sealed.
 */
@Component
public class AuditSealer {

    static final int BATCH = 500;

    static final int MAX_BATCHES = 40;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditEventRepository events;
    private final AuditKey key;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditSealer(AuditEventRepository events, AuditKey key, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.key = key;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Seals every committed unsealed row of every practice; returns how many rows it sealed. A practice that
     * fails does not hold up the others; the failure is rethrown at the end, so the task's run shows it.
     */
    public int sealNow() {
        int sealed = 0;
        RuntimeException failure = null;
        for (PracticeId practice : events.practicesWithUnsealed()) {
            try {
                sealed += sealNow(practice);
            } catch (RuntimeException e) {
                log.warn(
                        "Could not seal the audit rows of practice {} ({})",
                        practice,
                        e.getClass().getSimpleName());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return sealed;
    }

    /**
     * Seals the practice's committed unsealed rows, a batch per transaction, at most {@value #MAX_BATCHES} batches a
     * call (the next run goes on), so a run under heavy load ends and a node shutting down is not held up; returns
     * how many.
     */
    public int sealNow(PracticeId practice) {
        int sealed = 0;
        int round;
        int batches = 0;
        do {
            round = ownTransaction.execute(s -> sealBatch(practice));
            sealed += round;
        } while (round == BATCH
                && ++batches < MAX_BATCHES
                && !Thread.currentThread().isInterrupted());
        if (sealed > 0) {
            log.debug("Sealed {} audit rows of practice {}", sealed, practice);
        }
        return sealed;
    }

    private int sealBatch(PracticeId practice) {
        events.insertHeadIfAbsent(practice, clock.instant());
        ChainHead head = events.lockHead(practice);
        // Read after the lock: rows sealed by a sealer that held it before us are no longer unsealed.
        List<UnsealedRow> rows = events.unsealed(practice, BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        long seq = head.lastSeq();
        String previous = head.lastHash();
        List<SealedRow> sealed = new ArrayList<>(rows.size());
        for (UnsealedRow row : rows) {
            seq++;
            String hash = AuditHash.keyed(key, practice, seq, row.facts(), previous);
            sealed.add(new SealedRow(row.id(), seq, previous, hash));
            previous = hash;
        }
        if (events.seal(practice, sealed) != sealed.size()) {
            // Only a sealer holding this head's lock writes seq; anything else would leave a gap.
            throw new IllegalStateException("Audit rows of practice " + practice + " were sealed concurrently");
        }
        events.advanceHead(practice, seq, previous, clock.instant());
        return sealed.size();
    }
}
