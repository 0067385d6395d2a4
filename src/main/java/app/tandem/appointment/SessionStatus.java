package app.tandem.appointment;

/** Where a session stands: planned, or what happened to it. */
public enum SessionStatus {
    SCHEDULED,
    ATTENDED,
    CANCELLED,
    NO_SHOW;

    /** True for the outcomes that can only be known once the session has started. */
    public boolean needsStart() {
        return this == ATTENDED || this == NO_SHOW;
    }
}
