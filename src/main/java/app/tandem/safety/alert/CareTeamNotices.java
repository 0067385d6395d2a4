package app.tandem.safety.alert;

import app.tandem.identity.Person;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifier;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells one person about an alert in the caller's transaction: in-app notification and email through
 * the outbox (content-free), a live event, and an entry per channel in the alert's chain.
 */
@Component
class CareTeamNotices {

    private final Notifier notifier;
    private final AlertRepository alerts;
    private final LiveAlertFeed feed;

    CareTeamNotices(Notifier notifier, AlertRepository alerts, LiveAlertFeed feed) {
        this.notifier = notifier;
        this.alerts = alerts;
        this.feed = feed;
    }

    void tell(AlertRow alert, Person person, NotificationKind kind, int step, Instant now) {
        // Admins who are not therapists cannot open clinical pages: they get the practice's alert overview.
        String link = person.isTherapist() ? "/therapist/alerts/" + alert.id() : "/admin/safety";
        Optional<UUID> email =
                notifier.notifyUser(person.id(), kind, link, alert.id().toString());
        alerts.appendChain(alert, now, NewChainEntry.notifiedInApp(step, person.id(), kind));
        email.ifPresent(id -> alerts.appendChain(alert, now, NewChainEntry.emailed(step, person.id(), id, kind)));
        if (person.isTherapist()) {
            feed.announce(
                    alert.id(),
                    alert.practiceId(),
                    person.id(),
                    kind == NotificationKind.RISK_ALERT ? "raised" : "escalated");
        }
    }
}
