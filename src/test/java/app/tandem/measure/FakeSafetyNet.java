package app.tandem.measure;

import app.tandem.safety.RiskLevel;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
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
 * Stand-in for the safety module's SafetyNet until the real one lands in main: records every signal and answers
 * an outcome with a random alert id for any level above NONE. Delete once the real implementation is in main.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSafetyNet {

    /** A signal the fake received. */
    public record Signal(UserId client, PracticeId practice, SignalSource source, RiskLevel level, String reason) {}

    public static final List<Signal> SIGNALS = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    SafetyNet fakeSafetyNet() {
        return new SafetyNet() {
            @Override
            public SafetyOutcome screenText(UserId client, PracticeId practice, SignalSource source, String text) {
                return SafetyOutcome.NONE;
            }

            @Override
            public SafetyOutcome raiseSignal(UserId client, PracticeId practice, SignalSource source, RiskLevel level,
                    String reason) {
                SIGNALS.add(new Signal(client, practice, source, level, reason));
                return level == RiskLevel.NONE ? SafetyOutcome.NONE
                        : new SafetyOutcome(level, UUID.randomUUID(), List.of(reason),
                                "Someone from your care team will be in touch.");
            }
        };
    }

    public static List<Signal> signalsFor(UserId client) {
        return SIGNALS.stream().filter(s -> s.client().equals(client)).toList();
    }
}
