package app.tandem.safety.alert;

import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.shared.CurrentUser;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * BENCHMARK ONLY (bench/alert-latency), off unless {@code tandem.bench.enabled=true}: stands in for the
 * check-in API until it exists. A signed-in client's note goes through {@link SafetyNet} inside a
 * transaction, exactly as a saving module would call it; nothing else is stored.
 */
@RestController
@ConditionalOnProperty(name = "tandem.bench.enabled", havingValue = "true")
class BenchSignalController {

    record Note(String text) {}

    record Result(String level, UUID alertId) {}

    private final SafetyNet safetyNet;
    private final TransactionTemplate tx;

    BenchSignalController(SafetyNet safetyNet, PlatformTransactionManager transactions) {
        this.safetyNet = safetyNet;
        this.tx = new TransactionTemplate(transactions);
    }

    @PostMapping("/api/v1/bench/checkin-notes")
    Result note(@AuthenticationPrincipal CurrentUser client, @RequestBody Note note) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Clients only");
        }
        SafetyOutcome outcome = tx.execute(s -> safetyNet.screenText(client.id(), client.practiceId(),
                new SignalSource("checkin-note", UUID.randomUUID().toString(), "Check-in note", false), note.text()));
        return new Result(outcome.level().name(), outcome.alertId());
    }
}
