package app.tandem.safety.followup;

import app.tandem.screening.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps follow-up answers to a triage level, following the widely used triage in the clinical
 * reference: a wish to be dead is LOW; active thoughts, thinking about how, or behaviour longer ago
 * than 3 months are MODERATE; intention, a plan, or behaviour within 3 months (or at an unknown
 * time, to be safe) are HIGH. The level is the highest any answer reaches; "no" and skipped answers
 * add nothing, so answers can raise a signal but never lower one.
 */
public final class FollowUpAssessment {

    private FollowUpAssessment() {}

    public static RiskLevel levelFor(FollowUpAnswers answers) {
        RiskLevel level = RiskLevel.NONE;
        for (Finding finding : findings(answers)) {
            level = level.max(finding.level());
        }
        return level;
    }

    /** The plain reason for the clinician: which questions were answered yes (never shown to the client). */
    public static String reasonFor(FollowUpAnswers answers) {
        List<String> yes = findings(answers).stream().map(Finding::words).toList();
        return yes.isEmpty()
                ? "Follow-up questions: no yes answers"
                : "Follow-up questions: yes to " + String.join("; ", yes);
    }

    private record Finding(RiskLevel level, String words) {}

    private static List<Finding> findings(FollowUpAnswers a) {
        List<Finding> found = new ArrayList<>();
        if (yes(a.wishDead())) {
            found.add(new Finding(RiskLevel.LOW, "wished to be dead"));
        }
        if (yes(a.thoughts())) {
            found.add(new Finding(RiskLevel.MODERATE, "thoughts of killing themselves"));
        }
        if (yes(a.method())) {
            found.add(new Finding(RiskLevel.MODERATE, "thinking about how"));
        }
        if (yes(a.intent())) {
            found.add(new Finding(RiskLevel.HIGH, "some intention to act"));
        }
        if (yes(a.plan())) {
            found.add(new Finding(RiskLevel.HIGH, "a plan"));
        }
        if (yes(a.behaviour())) {
            found.add(
                    a.behaviourWhen() == BehaviourWhen.LONGER_AGO
                            ? new Finding(RiskLevel.MODERATE, "did something or prepared, more than 3 months ago")
                            : a.behaviourWhen() == BehaviourWhen.WITHIN_3_MONTHS
                                    ? new Finding(RiskLevel.HIGH, "did something or prepared, within the past 3 months")
                                    : new Finding(RiskLevel.HIGH, "did something or prepared, time not given"));
        }
        return found;
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
