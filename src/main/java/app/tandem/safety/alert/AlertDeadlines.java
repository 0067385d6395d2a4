package app.tandem.safety.alert;

import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The one place that works out when an alert must be acknowledged: the practice's policy, hours and zone. */
@Component
class AlertDeadlines {

    private final EscalationPolicies policies;
    private final Practices practices;

    AlertDeadlines(EscalationPolicies policies, Practices practices) {
        this.policies = policies;
        this.practices = practices;
    }

    /** When an alert of {@code level} raised, raised in level or escalated at {@code from} is due. */
    Instant dueAt(PracticeId practiceId, RiskLevel level, Instant from) {
        PracticeView practice = practices.get(practiceId);
        return policies.forPractice(practiceId)
                .deadlineFor(level, from, EscalationPolicies.hoursOf(practice), practice.zone());
    }
}
