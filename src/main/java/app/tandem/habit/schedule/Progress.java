package app.tandem.habit.schedule;

import java.time.LocalDate;
import java.util.Map;

/**
 * Kind progress, never a streak: "done on 5 of the last 7 planned days" and a habit strength that rises with each done
 * day and fades gradually with each missed one (the exponential smoothing Loop Habit Tracker uses). Skipped days and
 * days the habit is not planned for leave both untouched, and today counts only once it is done.
 *
 * @param done planned days done in the window
 * @param counted planned days in the window that count (skipped and still-open days excluded)
 * @param strength 0 to 100
 */
public record Progress(int done, int counted, int strength) {

    /** Strength half-life of about 13 planned days for a daily habit. */
    static final double MULTIPLIER = Math.pow(0.5, 1.0 / 13.0);

    public static Progress of(HabitSchedule schedule, Map<LocalDate, DayMark> marks, LocalDate today, int windowDays) {
        double score = 0;
        int done = 0;
        int counted = 0;
        LocalDate windowStart = today.minusDays(windowDays - 1L);
        for (LocalDate d = schedule.startsOn(); !d.isAfter(today); d = d.plusDays(1)) {
            DayMark mark = marks.getOrDefault(d, d.equals(today) ? DayMark.OPEN : DayMark.MISSED);
            boolean planned = schedule.isPlannedOn(d) && schedule.cadence() != Cadence.TIMES_PER_WEEK;
            if (mark == DayMark.SKIPPED || mark == DayMark.OPEN || (!planned && mark != DayMark.DONE)) {
                continue;
            }
            double value = mark == DayMark.DONE ? 1 : 0;
            score = score * MULTIPLIER + value * (1 - MULTIPLIER);
            if (!d.isBefore(windowStart)) {
                counted++;
                done += (int) value;
            }
        }
        return new Progress(done, counted, (int) Math.round(score * 100));
    }
}
