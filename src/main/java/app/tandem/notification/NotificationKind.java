package app.tandem.notification;

/** What a notification is about; each kind has a fixed, content-free title and email text. */
public enum NotificationKind {
    NEW_MESSAGE,
    NEW_ASSIGNMENT,
    REMINDER,
    RISK_ALERT,
    ALERT_ESCALATED,
    BOOKING_REQUESTED;

    /** Kinds that ask a clinician to act; their email says so, still without saying what. */
    public boolean needsAttention() {
        return this == RISK_ALERT || this == ALERT_ESCALATED;
    }
}
