package app.tandem.habit.web;

import app.tandem.habit.internal.HabitService;
import app.tandem.habit.schedule.DayMark;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A saved outcome; {@code crisisSupport} tells the app to show crisis resources now. */
record CompletionResponse(
        UUID id, UUID habitId, LocalDate day, DayMark outcome, Instant recordedAt, boolean crisisSupport) {

    static CompletionResponse of(HabitService.Recorded r) {
        var c = r.completion();
        return new CompletionResponse(
                c.id(),
                c.habitId(),
                c.day(),
                c.outcome(),
                c.recordedAt(),
                r.safety().showCrisisCard());
    }
}
