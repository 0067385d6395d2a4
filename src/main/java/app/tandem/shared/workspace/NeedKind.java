package app.tandem.shared.workspace;

/** The reasons a client may need attention; the caseload weighs each kind (its weights live in one place). */
public enum NeedKind {
    /** An open risk alert; severity 3 = high, 2 = moderate, 1 = low; more when past its deadline. */
    OPEN_ALERT,
    /** A measure got reliably worse since the first score. */
    RELIABLE_DETERIORATION,
    /** A score worse than the expected recovery curve for the starting severity at this point. */
    OFF_TRACK,
    /** A measure above caseness and rising. */
    ABOVE_CASENESS_RISING,
    /** Mood trending down over the last 14 days. */
    MOOD_TREND_DOWN,
    /** No check-in for longer than usual for this client. */
    CHECK_INS_STOPPED,
    /** Homework past its due date without being done. */
    HOMEWORK_MISSED,
    /** A session today or tomorrow (not a worry, a reason to look now). */
    SESSION_SOON
}
