package app.tandem.safety.alert;

import app.tandem.notification.NotificationKind;
import app.tandem.safety.AlertOutcome;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.UserId;
import java.util.UUID;

/**
 * A chain entry about to be appended to an alert's chain, named after what happened; the repository
 * adds its id, sequence number and time.
 *
 * @param channel {@link ChainEntry#IN_APP} or {@link ChainEntry#EMAIL} for NOTIFIED entries, else null
 * @param emailId the outbox email for an EMAIL entry, else null
 * @param detail a short, content-free note (e.g. the new level, the outcome)
 */
record NewChainEntry(ChainKind kind, int step, UserId personId, String channel, UUID emailId, String detail) {

    static NewChainEntry raised(RiskLevel level) {
        return new NewChainEntry(ChainKind.RAISED, 0, null, null, null, level.name());
    }

    static NewChainEntry levelRaised(RiskLevel from, RiskLevel to) {
        return new NewChainEntry(ChainKind.LEVEL_RAISED, 0, null, null, null, from.name() + " -> " + to.name());
    }

    static NewChainEntry joined(int step, RiskLevel level) {
        return new NewChainEntry(ChainKind.JOINED, step, null, null, null, level.name());
    }

    static NewChainEntry notifiedInApp(int step, UserId person, NotificationKind kind) {
        return new NewChainEntry(ChainKind.NOTIFIED, step, person, ChainEntry.IN_APP, null, kind.name());
    }

    static NewChainEntry emailed(int step, UserId person, UUID emailId, NotificationKind kind) {
        return new NewChainEntry(ChainKind.NOTIFIED, step, person, ChainEntry.EMAIL, emailId, kind.name());
    }

    static NewChainEntry coverGranted(int step, UserId person, String reason) {
        return new NewChainEntry(ChainKind.COVER_GRANTED, step, person, null, null, reason);
    }

    static NewChainEntry nobodyToTell(int step, String why) {
        return new NewChainEntry(ChainKind.NOBODY_TO_TELL, step, null, null, null, why);
    }

    static NewChainEntry escalated(int step) {
        return new NewChainEntry(ChainKind.ESCALATED, step, null, null, null, "step " + step);
    }

    static NewChainEntry acknowledged(int step, UserId by, AlertOutcome outcome) {
        return new NewChainEntry(ChainKind.ACKNOWLEDGED, step, by, null, null, outcome.name());
    }

    /** The client opened their safety plan (in the app) while the alert was open. */
    static NewChainEntry safetyPlanOpened(int step, UserId client) {
        return new NewChainEntry(ChainKind.SAFETY_PLAN_OPENED, step, client, ChainEntry.IN_APP, null, null);
    }
}
