package app.tandem.safety.alert;

import app.tandem.practice.Practices;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety net: screens what a client wrote (or takes a structured signal) and, for LOW or above,
 * raises or joins an alert in the caller's transaction, so the entry and its alert commit or roll back
 * together. Never logs the text.
 */
@Service
class AlertingSafetyNet implements SafetyNet {

    private final RiskScreener screener;
    private final AlertIntake intake;
    private final Practices practices;
    private final ContactExpectations expectations;
    private final Clock clock;

    AlertingSafetyNet(
            RiskScreener screener,
            AlertIntake intake,
            Practices practices,
            ContactExpectations expectations,
            Clock clock) {
        this.screener = screener;
        this.intake = intake;
        this.practices = practices;
        this.expectations = expectations;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SafetyOutcome screenText(UserId client, PracticeId practice, SignalSource source, String text) {
        Screening screening = screener.screen(text);
        if (!screening.isRisk()) {
            return SafetyOutcome.NONE;
        }
        List<String> reasons = SignalText.reasons(screening.firing());
        String excerpt = SignalText.excerpt(text, source.privateEntry(), screening.firing());
        return raise(new Signal(client, practice, source, screening.level(), reasons, excerpt));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SafetyOutcome raiseSignal(
            UserId client, PracticeId practice, SignalSource source, RiskLevel level, String reason) {
        Objects.requireNonNull(level, "level");
        if (!level.isAtLeast(RiskLevel.LOW)) {
            return SafetyOutcome.NONE;
        }
        List<String> reasons = reason == null || reason.isBlank() ? List.of(source.label()) : List.of(reason);
        return raise(new Signal(client, practice, source, level, reasons, null));
    }

    private SafetyOutcome raise(Signal signal) {
        UUID alertId = intake.receive(signal);
        String expectation = expectations.at(practices.get(signal.practice()), clock.instant());
        return new SafetyOutcome(signal.level(), alertId, signal.reasons(), expectation);
    }
}
