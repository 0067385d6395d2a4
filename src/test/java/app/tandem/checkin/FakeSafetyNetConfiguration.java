package app.tandem.checkin;

import app.tandem.safety.RiskLevel;
import app.tandem.safety.RiskScreener;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.Screening;
import app.tandem.safety.SignalSource;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stands in for the safety module's SafetyNet until it is merged: screens with the real
 * {@link RiskScreener}, answers with a random alert id, and remembers each call together with
 * whether the check-in row was visible to it (only true inside the saving transaction, as it is
 * not committed yet). Imported by the check-in tests only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSafetyNetConfiguration {

    @Bean
    @Primary
    FakeSafetyNet fakeSafetyNet(RiskScreener screener, JdbcClient jdbc) {
        return new FakeSafetyNet(screener, jdbc);
    }

    /** One screening: where it came from, what it found, and what it could see of the transaction. */
    public record Call(UserId client, SignalSource source, RiskLevel level, boolean inTransaction, boolean rowVisible) {}

    public static class FakeSafetyNet implements SafetyNet {

        private final RiskScreener screener;
        private final JdbcClient jdbc;
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private volatile Consumer<SignalSource> beforeAnswer = s -> {};

        FakeSafetyNet(RiskScreener screener, JdbcClient jdbc) {
            this.screener = screener;
            this.jdbc = jdbc;
        }

        @Override
        public SafetyOutcome screenText(UserId client, PracticeId practice, SignalSource source, String text) {
            Screening screening = screener.screen(text);
            boolean visible = jdbc.sql("SELECT COUNT(*) FROM checkin WHERE id = ?")
                    .param(UUID.fromString(source.reference())).query(Long.class).single() == 1;
            calls.add(new Call(client, source, screening.level(),
                    TransactionSynchronizationManager.isActualTransactionActive(), visible));
            beforeAnswer.accept(source);
            if (!screening.isRisk()) {
                return SafetyOutcome.NONE;
            }
            return new SafetyOutcome(screening.level(), UUID.randomUUID(),
                    screening.firing().stream().map(r -> r.rule()).toList(),
                    "Someone from your care team will be in touch.");
        }

        @Override
        public SafetyOutcome raiseSignal(UserId client, PracticeId practice, SignalSource source, RiskLevel level,
                String reason) {
            return new SafetyOutcome(level, UUID.randomUUID(), List.of(reason), null);
        }

        public List<Call> callsFor(UserId client) {
            return calls.stream().filter(c -> c.client().equals(client)).toList();
        }

        /** Runs {@code action} after screening, e.g. to throw and prove the save rolls back with it. */
        public void beforeAnswering(Consumer<SignalSource> action) {
            this.beforeAnswer = action;
        }

        public void reset() {
            beforeAnswer = s -> {};
        }
    }
}
