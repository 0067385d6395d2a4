package app.tandem.safety.alert;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.notification.NotificationKind;
import app.tandem.practice.OnCallRota;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when an alert's deadline passes unacknowledged: step 1 tells the on-call/backup
 * therapists (not the primary) and gives them cover access to the client; step 2 and later tell the
 * practice admins. Each step has its own deadline (the level's rule applied again from now). Runs under
 * a row lock on the alert, so an acknowledgement that got there first wins and the timer does nothing.
 */
@Service
class Escalator {

    static final int LAST_STEP = 4;
    static final Duration COVER_FOR = Duration.ofDays(3);
    private static final String COVER_REASON = "alert-cover";
    private static final Logger log = LoggerFactory.getLogger(Escalator.class);

    private final AlertRepository alerts;
    private final AlertDeadlines deadlines;
    private final OnCallRota rota;
    private final People people;
    private final CareAccess care;
    private final CareTeamNotices notices;
    private final DeadlineTimers timers;
    private final AuditTrail audit;
    private final Clock clock;

    Escalator(
            AlertRepository alerts,
            AlertDeadlines deadlines,
            OnCallRota rota,
            People people,
            CareAccess care,
            CareTeamNotices notices,
            DeadlineTimers timers,
            AuditTrail audit,
            Clock clock) {
        this.alerts = alerts;
        this.deadlines = deadlines;
        this.rota = rota;
        this.people = people;
        this.care = care;
        this.notices = notices;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns true when this deadline escalated the alert, false when it was no longer current. */
    @Transactional
    public boolean onDeadline(DeadlineTimers.Deadline deadline) {
        AlertRow alert = alerts.lock(deadline.alertId()).orElse(null);
        if (alert == null || !alert.isOpen() || alert.round() != deadline.round() || alert.step() != deadline.step()) {
            log.info(
                    "Alert {} deadline (round {} step {}) passed: nothing to do",
                    deadline.alertId(),
                    deadline.round(),
                    deadline.step());
            return false;
        }
        Instant now = clock.instant();
        int next = alert.step() + 1;
        UserId primary =
                people.find(alert.clientId()).map(Person::primaryTherapistId).orElse(null);
        if (next == 1 && !tellCover(alert, primary, now)) {
            alerts.appendChain(alert, now, NewChainEntry.nobodyToTell(1, "no one on call or backup"));
            next = 2;
        }
        if (next >= 2) {
            tellAdmins(alert, primary, next, now);
        }
        Instant nextDeadline = deadlines.dueAt(alert.practiceId(), alert.level(), now);
        alerts.appendChain(alert, now, NewChainEntry.escalated(next));
        alerts.moveToStep(alert.id(), next, nextDeadline);
        if (next < LAST_STEP) {
            timers.schedule(alert.id(), alert.round(), next, nextDeadline);
        }
        audit.write(alert.practiceId(), alert.clientId(), "alerts");
        log.warn("Alert {} not acknowledged in time: escalated to step {}", alert.id(), next);
        return true;
    }

    private boolean tellCover(AlertRow alert, UserId primary, Instant now) {
        List<Person> cover = rota.coveringAt(alert.practiceId(), now).stream()
                .distinct()
                .filter(id -> !Objects.equals(id, primary))
                .flatMap(id -> people.find(id).stream())
                .filter(p -> p.enabled() && p.isTherapist() && p.practiceId().equals(alert.practiceId()))
                .toList();
        for (Person therapist : cover) {
            care.grantCover(alert.clientId(), therapist.id(), COVER_REASON, now.plus(COVER_FOR));
            alerts.appendChain(alert, now, NewChainEntry.coverGranted(1, therapist.id(), COVER_REASON));
            notices.tell(alert, therapist, NotificationKind.ALERT_ESCALATED, 1, now);
        }
        return !cover.isEmpty();
    }

    private void tellAdmins(AlertRow alert, UserId primary, int step, Instant now) {
        List<Person> admins = people.admins(alert.practiceId()).stream()
                .filter(Person::enabled)
                .toList();
        if (admins.isEmpty()) {
            alerts.appendChain(alert, now, NewChainEntry.nobodyToTell(step, "no practice admin"));
            log.error("Alert {} escalated but the practice has no admin to tell", alert.id());
        }
        for (Person admin : admins) {
            if (admin.isTherapist() && !admin.id().equals(primary)) {
                care.grantCover(alert.clientId(), admin.id(), COVER_REASON, now.plus(COVER_FOR));
                alerts.appendChain(alert, now, NewChainEntry.coverGranted(step, admin.id(), COVER_REASON));
            }
            notices.tell(alert, admin, NotificationKind.ALERT_ESCALATED, step, now);
        }
    }
}
