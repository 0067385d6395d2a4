package app.tandem.safety.alert;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a feed event into what the therapist's browser shows (no clinical text). */
@Component
class LiveAlerts {

    /** The inbox page's own format ({@code alert-inbox.html}), so a live row reads like a loaded one. */
    static final DateTimeFormatter INBOX_TIME = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.US);

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
        ZoneId zone = people.find(event.recipient()).map(Person::zone).orElse(ZoneId.of("UTC"));
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
                format(alert.raisedAt(), zone),
                format(alert.deadline(), zone),
                alert.step() > 0,
                "/therapist/alerts/" + alert.id(),
                "/therapist/clients/" + alert.clientId().value());
    }

    private static String format(Instant at, ZoneId zone) {
        return at == null ? "" : INBOX_TIME.format(at.atZone(zone));
    }
}
