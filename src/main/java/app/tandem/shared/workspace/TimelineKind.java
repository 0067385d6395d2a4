package app.tandem.shared.workspace;

/** The kinds of entries in a client's timeline, each a filter the therapist can switch on or off. */
public enum TimelineKind {
    CHECK_IN,
    MEASURE,
    ALERT,
    JOURNAL_SHARE,
    SAFETY_PLAN,
    HOMEWORK,
    TECHNIQUE,
    SESSION
}
