package app.tandem.safety.plan;

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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the alerts part of the safety net until it lands in main: screens with the real
 * {@link RiskScreener}, answers with a random alert id, and remembers every call for assertions.
 * Delete once the real {@code SafetyNet} is in main.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSafetyNetConfig {

    /** One call to the safety net. */
    public record Call(UserId client, PracticeId practice, SignalSource source, RiskLevel level, String text) {}

    /** The fake, with the calls it received. */
    public static class RecordingSafetyNet implements SafetyNet {

        private final RiskScreener screener;
        public final List<Call> calls = new CopyOnWriteArrayList<>();

        RecordingSafetyNet(RiskScreener screener) {
            this.screener = screener;
        }

        @Override
        public SafetyOutcome screenText(UserId client, PracticeId practice, SignalSource source, String text) {
            Screening screening = screener.screen(text);
            calls.add(new Call(client, practice, source, screening.level(), text));
            return outcome(screening.level(), screening.firing().stream().map(r -> r.rule()).toList());
        }

        @Override
        public SafetyOutcome raiseSignal(UserId client, PracticeId practice, SignalSource source, RiskLevel level,
                String reason) {
            calls.add(new Call(client, practice, source, level, reason));
            return outcome(level, List.of(reason));
        }

        public List<Call> callsFor(UserId client) {
            return calls.stream().filter(c -> c.client().equals(client)).toList();
        }

        private static SafetyOutcome outcome(RiskLevel level, List<String> reasons) {
            if (level == RiskLevel.NONE) {
                return SafetyOutcome.NONE;
            }
            return new SafetyOutcome(level, UUID.randomUUID(), reasons, "Your therapist will be in touch today.");
        }
    }

    @Bean
    @Primary
    RecordingSafetyNet fakeSafetyNet(RiskScreener screener) {
        return new RecordingSafetyNet(screener);
    }
}
