package app.tandem.audit;

import app.tandem.audit.internal.AuditAnchors;
import app.tandem.audit.internal.AuditEventRepository;
import app.tandem.audit.internal.ChainChecker;
import app.tandem.audit.internal.VerificationLog;
import app.tandem.shared.PracticeId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Recomputes audit chains and reports, per practice, whether they are intact or where they first
 * break. Every run is kept, so the admin page can show the last outcome.
 */
@Service
public class AuditVerification {

    private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);

    private final ChainChecker checker;
    private final AuditEventRepository events;
    private final VerificationLog runs;
    private final AuditAnchors anchors;
    private final Clock clock;

    AuditVerification(
            ChainChecker checker,
            AuditEventRepository events,
            VerificationLog runs,
            AuditAnchors anchors,
            Clock clock) {
        this.checker = checker;
        this.events = events;
        this.runs = runs;
        this.anchors = anchors;
        this.clock = clock;
    }

    /** Verifies every practice that has audit events, each in its own read-only transaction. */
    public List<ChainStatus> verifyAll() {
        return events.practicesWithChains().stream().map(this::verify).toList();
    }

    public ChainStatus verify(PracticeId practice) {
        ChainStatus status = checker.check(practice);
        runs.record(status);
        if (status.intact()) {
            log.info("Audit chain verified: {}", status.summary());
            anchor(practice);
        } else {
            log.warn("Audit chain broken: {}", status.summary());
        }
        return status;
    }

    /** Writes the practice's current head as its anchor (the scheduled task, and after a good verification). */
    public void anchor(PracticeId practice) {
        events.findHead(practice).ifPresent(head -> anchors.write(practice, head, clock.instant()));
    }

    /** Anchors every practice's head. */
    public void anchorAll() {
        events.practicesWithChains().forEach(this::anchor);
    }

    /** The outcome of the practice's most recent verification, if it was ever verified. */
    public Optional<ChainStatus> lastRun(PracticeId practice) {
        return runs.last(practice);
    }
}
