package app.tandem.safety.alert;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open alerts as reasons for the caseload, one query for the whole caseload. Severity follows the level (high 3,
 * moderate 2, low 1) and goes up one step, at most to 3, once the alert is past its deadline.
 */
@Component
class AlertNeeds implements NeedContributor {

    private final AlertRepository alerts;
    private final MessageSource messages;

    AlertNeeds(AlertRepository alerts, MessageSource messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<NeedFact>> factsFor(Collection<UserId> clients, Instant now) {
        Map<UserId, List<NeedFact>> facts = new HashMap<>();
        for (AlertRow alert : alerts.openForClients(clients)) {
            facts.computeIfAbsent(alert.clientId(), c -> new ArrayList<>()).add(fact(alert, now));
        }
        return facts;
    }

    private NeedFact fact(AlertRow alert, Instant now) {
        boolean overdue = now.isAfter(alert.deadline());
        int severity = Math.min(3, severity(alert.level()) + (overdue ? 1 : 0));
        String level = text("caseload.need.alert.level." + alert.level().name());
        String text = overdue
                ? text("caseload.need.alert.overdue", level, duration(Duration.between(alert.deadline(), now)))
                : text("caseload.need.alert.open", level, duration(Duration.between(now, alert.deadline())));
        return new NeedFact(NeedKind.OPEN_ALERT, severity, text, "/therapist/alerts/" + alert.id(), alert.raisedAt());
    }

    static int severity(RiskLevel level) {
        return switch (level) {
            case HIGH -> 3;
            case MODERATE -> 2;
            default -> 1;
        };
    }

    /** "25 min", "3 h", "2 days": rounded down, at least one minute. */
    private String duration(Duration d) {
        long minutes = Math.max(1, d.toMinutes());
        if (minutes < 120) {
            return text("caseload.duration.minutes", minutes);
        }
        long hours = minutes / 60;
        return hours < 48 ? text("caseload.duration.hours", hours) : text("caseload.duration.days", hours / 24);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
