package app.tandem.audit.internal;

import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends events to a practice's chain, one at a time across all nodes (the head row is the lock). */
@Component
public class AuditChain {

    private final AuditEventRepository events;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final AuditKey key;

    AuditChain(AuditEventRepository events, PlatformTransactionManager transactions, Clock clock, AuditKey key) {
        this.events = events;
        this.key = key;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Makes sure the practice has a chain head, creating it in a transaction of its own: creation races
     * between nodes must not fail the caller's transaction (on PostgreSQL any failed statement would).
     */
    public void ensureHead(PracticeId practice) {
        if (events.headExists(practice)) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(s -> events.insertHeadIfAbsent(practice, clock.instant()));
        } catch (DuplicateKeyException lostRace) {
            // another transaction created it first, which is all we need
        }
    }

    /** Appends in the current transaction, holding the head's row lock until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(PracticeId practice, AuditFacts facts) {
        ChainHead head = events.lockHead(practice);
        long seq = head.lastSeq() + 1;
        String hash = AuditHash.keyed(key, practice, seq, facts, head.lastHash());
        AuditEntry entry = new AuditEntry(practice, seq, facts, head.lastHash(), hash, AuditHash.KEYED);
        events.insert(entry);
        events.advanceHead(practice, seq, hash, clock.instant());
        return entry;
    }

    /** Appends several events in order in the current transaction, locking the head once and inserting in a batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> appendAll(PracticeId practice, List<AuditFacts> facts) {
        ChainHead head = events.lockHead(practice);
        long seq = head.lastSeq();
        String previous = head.lastHash();
        List<AuditEntry> entries = new ArrayList<>(facts.size());
        for (AuditFacts f : facts) {
            seq++;
            String hash = AuditHash.keyed(key, practice, seq, f, previous);
            entries.add(new AuditEntry(practice, seq, f, previous, hash, AuditHash.KEYED));
            previous = hash;
        }
        events.insertAll(entries);
        events.advanceHead(practice, seq, previous, clock.instant());
        return entries;
    }
}
