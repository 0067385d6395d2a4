package app.tandem.demo;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.safety.Acknowledgement;
import app.tandem.safety.AlertOutcome;
import app.tandem.safety.Alerts;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two alerts for Alex (Maya's client), through the safety module's public API: one from a PHQ-9
 * item 9 answer that Maya acknowledged after calling Alex, and one still open from a check-in note.
 */
@Component
@Order(900)
class AlertsDemoHistory implements DemoHistory {

    private final SafetyNet safetyNet;
    private final Alerts alerts;
    private final People people;

    AlertsDemoHistory(SafetyNet safetyNet, Alerts alerts, People people) {
        this.safetyNet = safetyNet;
        this.alerts = alerts;
        this.people = people;
    }

    @Override
    public void seed(DemoPeople demo) {
        Person maya = people.get(demo.maya());
        CurrentUser asMaya = new CurrentUser(
                maya.id(), maya.practiceId(), maya.email(), maya.displayName(), maya.roles(), maya.timeZone());

        SafetyOutcome answered = safetyNet.raiseSignal(
                demo.alex(),
                demo.practice(),
                new SignalSource("measure-item", UUID.randomUUID().toString(), "PHQ-9 item 9", false),
                RiskLevel.MODERATE,
                "PHQ-9 item 9 (thoughts of being better off dead) answered \"several days\" (1)");
        alerts.acknowledge(
                asMaya,
                answered.alertId(),
                new Acknowledgement(
                        AlertOutcome.REVIEWED_SAFETY_PLAN_IN_SESSION,
                        null,
                        "Went through the safety plan together; Alex added his sister as a contact."));

        safetyNet.screenText(
                demo.alex(),
                demo.practice(),
                new SignalSource("checkin-note", UUID.randomUUID().toString(), "Check-in note", false),
                "Long week at work and I barely slept. Honestly I just want the pain to end.");
    }
}
