package app.tandem.safety.alert;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.notification.NotificationKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a signal into an alert inside the caller's transaction: a new alert when the client has none
 * open; otherwise the signal joins the open one, and a more urgent signal raises its level and restarts
 * its escalation. The primary therapist is told (outbox + live feed) and the deadline timer is stored,
 * all in the same transaction as the client's entry.
 */
@Service
class AlertIntake {

    private static final Logger log = LoggerFactory.getLogger(AlertIntake.class);

    private final AlertRepository alerts;
    private final AlertDeadlines deadlines;
    private final People people;
    private final CareTeamNotices notices;
    private final DeadlineTimers timers;
    private final AuditTrail audit;
    private final Clock clock;

    AlertIntake(
            AlertRepository alerts,
            AlertDeadlines deadlines,
            People people,
            CareTeamNotices notices,
            DeadlineTimers timers,
            AuditTrail audit,
            Clock clock) {
        this.alerts = alerts;
        this.deadlines = deadlines;
        this.people = people;
        this.notices = notices;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID receive(Signal signal) {
        Instant now = clock.instant();
        alerts.lockClient(signal.client(), signal.practice());
        Optional<AlertRow> open = alerts.openForClient(signal.client());
        UUID id;
        if (open.isEmpty()) {
            id = raise(signal, now);
        } else if (signal.level().compareTo(open.get().level()) > 0) {
            id = raiseLevel(open.get(), signal, now);
        } else {
            id = join(open.get(), signal, now);
        }
        audit.write(signal.practice(), signal.client(), "alerts");
        return id;
    }

    private UUID raise(Signal signal, Instant now) {
        Instant deadline = deadlines.dueAt(signal.practice(), signal.level(), now);
        AlertRow alert = AlertRow.open(signal, now, deadline);
        alerts.insert(alert);
        saveSignal(alert, signal, now);
        alerts.appendChain(alert, now, NewChainEntry.raised(signal.level()));
        tellPrimaryOrEscalateNow(alert, now, deadline);
        // the alert id only: a client id next to a risk level would put who is at risk into the logs
        log.info("Alert {} raised ({})", alert.id(), signal.level());
        return alert.id();
    }

    private UUID raiseLevel(AlertRow open, Signal signal, Instant now) {
        Instant deadline = deadlines.dueAt(signal.practice(), signal.level(), now);
        int round = open.round() + 1;
        alerts.raiseLevel(
                open.id(),
                signal.level(),
                signal.source().kind(),
                signal.source().reference(),
                signal.source().label(),
                signal.excerpt() != null ? signal.excerpt() : open.excerpt(),
                now,
                round,
                deadline);
        AlertRow raised = alerts.find(open.id()).orElseThrow();
        saveSignal(raised, signal, now);
        alerts.appendChain(raised, now, NewChainEntry.levelRaised(open.level(), signal.level()));
        tellPrimaryOrEscalateNow(raised, now, deadline);
        log.info(
                "Alert {} raised from {} to {}; escalation restarted (round {})",
                open.id(),
                open.level(),
                signal.level(),
                round);
        return open.id();
    }

    private UUID join(AlertRow open, Signal signal, Instant now) {
        saveSignal(open, signal, now);
        alerts.appendChain(open, now, NewChainEntry.joined(open.step(), signal.level()));
        log.info("Signal ({}) joined open alert {}", signal.level(), open.id());
        return open.id();
    }

    private void tellPrimaryOrEscalateNow(AlertRow alert, Instant now, Instant deadline) {
        Optional<Person> primary = people.find(alert.clientId())
                .map(Person::primaryTherapistId)
                .flatMap(people::find)
                .filter(Person::enabled);
        if (primary.isPresent()) {
            notices.tell(alert, primary.get(), NotificationKind.RISK_ALERT, 0, now);
            timers.schedule(alert.id(), alert.round(), 0, deadline);
        } else {
            alerts.appendChain(alert, now, NewChainEntry.nobodyToTell(0, "no primary therapist"));
            timers.schedule(alert.id(), alert.round(), 0, now); // escalate at once, after commit
        }
    }

    private void saveSignal(AlertRow alert, Signal signal, Instant now) {
        alerts.insertSignal(
                new SignalRow(
                        UUID.randomUUID(),
                        alert.id(),
                        signal.level(),
                        signal.source().kind(),
                        signal.source().reference(),
                        signal.source().label(),
                        signal.source().privateEntry(),
                        signal.excerpt(),
                        signal.reasons(),
                        now),
                signal.practice(),
                signal.client());
    }
}
