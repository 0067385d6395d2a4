package app.tandem.habit.schedule;

/** How often a habit comes round: every day, on chosen weekdays, every N days, or N times in a week. */
public enum Cadence {
    DAILY,
    WEEKDAYS,
    EVERY_N_DAYS,
    TIMES_PER_WEEK
}
