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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail other modules call. Every call is one plain insert of unsealed rows: no chain head is
 * locked on the request path; {@link AuditSealer} chains the rows shortly after they commit (ADR 0023).
 *
 * <p>Writes join the caller's transaction (REQUIRED), so a rolled-back change leaves no audit row, and a
 * committed change always has its row.
 *
 * <p>Reads inside a caller's transaction are inserted in a transaction of their own (REQUIRES_NEW):
 * clinical reads usually happen in {@code @Transactional(readOnly = true)} methods, where PostgreSQL refuses
 * an INSERT, and a read stays recorded even if the caller's transaction later rolls back (the data was
 * fetched; recording too much is the safe side). Outside a transaction the insert simply autocommits.
 */
@Service
class AuditRecorder implements AuditTrail {

    private final AuditContext context;
    private final AuditEventRepository events;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(AuditContext context, AuditEventRepository events, PlatformTransactionManager transactions) {
        this.context = context;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void read(PracticeId practice, UserId client, String what) {
        Objects.requireNonNull(practice, "practice");
        AuditFacts facts = context.capture(AuditAction.READ, client, what);
        outsideTheCallersTransaction(() -> events.insertUnsealed(practice, facts));
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
        // one transaction for the whole batch, so it is recorded all or not at all
        ownTransaction.executeWithoutResult(s -> events.insertAllUnsealed(practice, facts));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void write(PracticeId practice, UserId client, String what) {
        Objects.requireNonNull(practice, "practice");
        events.insertUnsealed(practice, context.capture(AuditAction.WRITE, client, what));
    }

    private void outsideTheCallersTransaction(Runnable insert) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(s -> insert.run());
        } else {
            insert.run();
        }
    }
}
