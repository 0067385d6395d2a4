package app.tandem.safety.alert;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.notification.EmailDelivery;
import app.tandem.notification.Notifier;
import app.tandem.safety.Acknowledgement;
import app.tandem.safety.AcknowledgementResult;
import app.tandem.safety.AlertNotFoundException;
import app.tandem.safety.AlertView;
import app.tandem.safety.Alerts;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and acknowledges alerts for the care team; every call checks care access and is audited. */
@Service
class AlertDesk implements Alerts {

    static final Comparator<AlertView> MOST_URGENT_THEN_OLDEST =
            Comparator.comparing(AlertView::level).reversed().thenComparing(AlertView::raisedAt);
    private static final Logger log = LoggerFactory.getLogger(AlertDesk.class);

    private final AlertRepository alerts;
    private final CareAccess care;
    private final People people;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final LiveAlertFeed feed;
    private final Clock clock;

    AlertDesk(
            AlertRepository alerts,
            CareAccess care,
            People people,
            Notifier notifier,
            AuditTrail audit,
            LiveAlertFeed feed,
            Clock clock) {
        this.alerts = alerts;
        this.care = care;
        this.people = people;
        this.notifier = notifier;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlertView> openFor(CurrentUser therapist) {
        List<UserId> ownClients =
                people.clientsOf(therapist.id()).stream().map(Person::id).toList();
        Map<UUID, AlertRow> rows = new LinkedHashMap<>();
        Stream.concat(
                        alerts.openForClients(ownClients).stream(),
                        alerts.openToldTo(therapist.practiceId(), therapist.id()).stream())
                .forEach(row -> rows.putIfAbsent(row.id(), row));
        Map<UserId, Boolean> access = new LinkedHashMap<>();
        List<AlertRow> visible = rows.values().stream()
                .filter(row -> access.computeIfAbsent(row.clientId(), c -> care.canSeeClinicalData(therapist, c)))
                .toList();
        visible.stream()
                .map(AlertRow::clientId)
                .distinct()
                .forEach(client -> audit.read(therapist.practiceId(), client, "alerts"));
        return views(visible).sorted(MOST_URGENT_THEN_OLDEST).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AlertView get(CurrentUser viewer, UUID alertId) {
        AlertRow row = alerts.find(alertId).orElseThrow(() -> AlertNotFoundException.of(alertId));
        Person client = care.requireClinicalAccess(viewer, row.clientId());
        audit.read(row.practiceId(), row.clientId(), "alerts");
        return view(row, client.displayName());
    }

    /** Throws 404 for an unknown alert and 403 without care access; no audit (nothing is shown). */
    @Transactional(readOnly = true)
    void requireAccess(CurrentUser viewer, UUID alertId) {
        AlertRow row = alerts.find(alertId).orElseThrow(() -> AlertNotFoundException.of(alertId));
        care.requireClinicalAccess(viewer, row.clientId());
    }

    /** The alert page: the alert, every signal, the chain with email delivery states. */
    @Transactional(readOnly = true)
    AlertDetails details(CurrentUser viewer, UUID alertId) {
        AlertView alert = get(viewer, alertId);
        AlertRow row = alerts.find(alertId).orElseThrow();
        Map<UUID, EmailDelivery> deliveries = notifier.deliveriesFor(alertId.toString()).stream()
                .collect(Collectors.toMap(EmailDelivery::id, Function.identity(), (a, b) -> a));
        Map<UserId, String> names = new LinkedHashMap<>();
        Function<UserId, String> name = id -> id == null
                ? null
                : names.computeIfAbsent(
                        id, k -> people.find(k).map(Person::displayName).orElse("(removed account)"));
        List<AlertDetails.ChainLine> chain = alerts.chain(alertId).stream()
                .map(e -> new AlertDetails.ChainLine(
                        e.at(),
                        e.kind(),
                        e.step(),
                        name.apply(e.personId()),
                        e.channel(),
                        e.detail(),
                        e.emailId() == null ? null : deliveries.get(e.emailId())))
                .toList();
        return new AlertDetails(
                alert,
                row.sourceReference(),
                alerts.signals(alertId),
                chain,
                name.apply(row.acknowledgedBy()),
                row.outcomeReason(),
                row.outcomeNote());
    }

    /** The client's open alerts and those of the last 90 days, newest first (for the client page). */
    @Transactional(readOnly = true)
    List<AlertView> recentForClient(CurrentUser viewer, UserId clientId) {
        Person client = care.requireClinicalAccess(viewer, clientId);
        List<AlertRow> rows = alerts.recentForClient(clientId, clock.instant().minus(Duration.ofDays(90)), 10);
        if (!rows.isEmpty()) {
            audit.read(client.practiceId(), clientId, "alerts");
        }
        return rows.stream().map(r -> view(r, client.displayName())).toList();
    }

    @Override
    @Transactional
    public AcknowledgementResult acknowledge(CurrentUser actor, UUID alertId, Acknowledgement acknowledgement) {
        AlertRow found = alerts.find(alertId).orElseThrow(() -> AlertNotFoundException.of(alertId));
        care.requireClinicalAccess(actor, found.clientId());
        AlertRow alert = alerts.lock(alertId).orElseThrow();
        if (!alert.isOpen()) {
            log.info("Alert {} already acknowledged; nothing changed", alertId);
            return result(alert, true);
        }
        Instant now = clock.instant();
        alerts.acknowledge(
                alertId, actor.id(), now, acknowledgement.outcome(), acknowledgement.reason(), acknowledgement.note());
        alerts.appendChain(alert, now, NewChainEntry.acknowledged(alert.step(), actor.id(), acknowledgement.outcome()));
        audit.write(alert.practiceId(), alert.clientId(), "alerts");
        alerts.chain(alertId).stream()
                .map(ChainEntry::personId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(person -> feed.announce(alertId, alert.practiceId(), person, "acknowledged"));
        log.info("Alert {} acknowledged by {} ({})", alertId, actor.id(), acknowledgement.outcome());
        return result(alerts.find(alertId).orElseThrow(), false);
    }

    private AcknowledgementResult result(AlertRow alert, boolean already) {
        String by = alert.acknowledgedBy() == null
                ? null
                : people.find(alert.acknowledgedBy()).map(Person::displayName).orElse(null);
        return new AcknowledgementResult(
                alert.id(), already, alert.acknowledgedBy(), by, alert.acknowledgedAt(), alert.outcome());
    }

    private Stream<AlertView> views(List<AlertRow> rows) {
        Map<UserId, String> names = new LinkedHashMap<>();
        return rows.stream()
                .map(row -> view(
                        row,
                        names.computeIfAbsent(
                                row.clientId(),
                                id -> people.find(id).map(Person::displayName).orElse(""))));
    }

    static AlertView view(AlertRow row, String clientName) {
        return new AlertView(
                row.id(),
                row.clientId(),
                clientName,
                row.level(),
                row.status(),
                row.sourceKind(),
                row.sourceLabel(),
                row.excerpt(),
                row.raisedAt(),
                row.deadline(),
                row.step(),
                row.acknowledgedAt(),
                row.outcome());
    }
}
