package app.tandem.safety.alert;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a feed event into what the therapist's browser shows (no clinical text). */
@Component
class LiveAlerts {

    private final AlertRepository alerts;
    private final People people;
    private final MessageSource messages;

    LiveAlerts(AlertRepository alerts, People people, MessageSource messages) {
        this.alerts = alerts;
        this.people = people;
        this.messages = messages;
    }

    LiveAlert describe(AlertEventRepository.AlertEvent event) {
        AlertRow alert = alerts.find(event.alertId()).orElseThrow();
        String client = people.find(alert.clientId()).map(Person::displayName).orElse("");
        String levelText = messages.getMessage(
                "alert.level." + alert.level().name(), null, alert.level().name(), Locale.US);
        return new LiveAlert(
                event.id(),
                event.kind(),
                alert.id(),
                client,
                alert.level().name(),
                levelText,
                alert.sourceLabel(),
                alert.raisedAt(),
                alert.deadline(),
                "/therapist/alerts/" + alert.id());
    }
}
