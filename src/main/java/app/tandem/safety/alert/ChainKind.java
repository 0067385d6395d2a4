package app.tandem.safety.alert;

/** What happened to an alert, one entry of its chain. */
enum ChainKind {
    RAISED,
    JOINED,
    LEVEL_RAISED,
    NOTIFIED,
    COVER_GRANTED,
    ESCALATED,
    NOBODY_TO_TELL,
    ACKNOWLEDGED,
    SAFETY_PLAN_OPENED
}
