package app.tandem.habit.schedule;

/** What happened to a habit on a planned day. A skip the client chose is neutral; only a missed day weighs. */
public enum DayMark {
    DONE,
    SKIPPED,
    MISSED,
    OPEN
}
