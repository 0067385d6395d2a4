package app.tandem.audit.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail other modules call.
 *
 * <p>Reads are appended in a transaction of their own (REQUIRES_NEW): clinical reads usually happen in
 * {@code @Transactional(readOnly = true)} methods, and PostgreSQL refuses an INSERT in a read-only
 * transaction. A read is recorded even if the caller's transaction later rolls back: the data was
 * fetched, and recording too much is the safe side.
 *
 * <p>Writes join the caller's transaction (REQUIRED), so a rolled-back change leaves no audit row. The
 * append itself runs just before that transaction commits, so the chain head is locked only for the
 * commit, not for the caller's whole unit of work, and a read recorded earlier in the same transaction
 * cannot wait on a head lock its own suspended transaction holds. If the append fails, the change is
 * rolled back with it.
 */
@Service
class AuditRecorder implements AuditTrail {

    private final AuditContext context;
    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(AuditContext context, AuditChain chain, PlatformTransactionManager transactions) {
        this.context = context;
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void read(PracticeId practice, UserId client, String what) {
        Objects.requireNonNull(practice, "practice");
        AuditFacts facts = context.capture(AuditAction.READ, client, what);
        chain.ensureHead(practice);
        ownTransaction.executeWithoutResult(s -> chain.append(practice, facts));
    }

    @Override
    public void readAll(PracticeId practice, Collection<UserId> clients, String what) {
        Objects.requireNonNull(practice, "practice");
        if (clients.isEmpty()) {
            return;
        }
        List<AuditFacts> facts = clients.stream()
                .map(client -> context.capture(AuditAction.READ, client, what))
                .toList();
        chain.ensureHead(practice);
        ownTransaction.executeWithoutResult(s -> chain.appendAll(practice, facts));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void write(PracticeId practice, UserId client, String what) {
        Objects.requireNonNull(practice, "practice");
        AuditFacts facts = context.capture(AuditAction.WRITE, client, what);
        chain.ensureHead(practice);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain.append(practice, facts);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                chain.append(practice, facts);
            }
        });
    }
}
