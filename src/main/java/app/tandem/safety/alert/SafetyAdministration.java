package app.tandem.safety.alert;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a practice admin may do about alerts: set the deadlines, and see which alerts are open and how
 * far they have escalated (client name, level, times, who treats them; never the client's words).
 */
@Service
class SafetyAdministration {

    /** One open alert as the admin sees it. */
    record OpenAlert(
            UUID id,
            String clientName,
            String therapistName,
            RiskLevel level,
            Instant raisedAt,
            Instant deadline,
            int step,
            boolean overdue) {}

    private final EscalationPolicies policies;
    private final AlertRepository alerts;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    SafetyAdministration(
            EscalationPolicies policies, AlertRepository alerts, People people, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.alerts = alerts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    EscalationPolicy policy(CurrentUser admin) {
        requireAdmin(admin);
        return policies.forPractice(admin.practiceId());
    }

    @Transactional
    void savePolicy(CurrentUser admin, EscalationPolicy policy) {
        requireAdmin(admin);
        policies.save(admin.practiceId(), policy, clock.instant());
    }

    @Transactional(readOnly = true)
    List<OpenAlert> openAlerts(CurrentUser admin) {
        requireAdmin(admin);
        Instant now = clock.instant();
        List<AlertRow> rows = alerts.openInPractice(admin.practiceId());
        rows.stream()
                .map(AlertRow::clientId)
                .distinct()
                .forEach(client -> audit.read(admin.practiceId(), client, "alerts-overview"));
        return rows.stream()
                .map(row -> {
                    Person client = people.find(row.clientId()).orElse(null);
                    String therapist = client == null || client.primaryTherapistId() == null
                            ? ""
                            : people.find(client.primaryTherapistId())
                                    .map(Person::displayName)
                                    .orElse("");
                    return new OpenAlert(
                            row.id(),
                            client == null ? "" : client.displayName(),
                            therapist,
                            row.level(),
                            row.raisedAt(),
                            row.deadline(),
                            row.step(),
                            row.step() > 0 || !row.deadline().isAfter(now));
                })
                .sorted(Comparator.comparing(OpenAlert::overdue)
                        .reversed()
                        .thenComparing(OpenAlert::level, Comparator.reverseOrder())
                        .thenComparing(OpenAlert::raisedAt))
                .toList();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Practice admins only");
        }
    }
}
