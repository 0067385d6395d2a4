package app.tandem.habit.internal;

import app.tandem.habit.HabitHistory;
import app.tandem.habit.schedule.Cadence;
import app.tandem.habit.schedule.DayMark;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link HabitHistory} straight into the tables, for the demo practice. */
@Service
@Transactional
class SeededHabitHistory implements HabitHistory {

    private final HabitRepository habits;
    private final CompletionRepository completions;
    private final HabitReminderTimers timers;
    private final Clock clock;

    SeededHabitHistory(
            HabitRepository habits, CompletionRepository completions, HabitReminderTimers timers, Clock clock) {
        this.habits = habits;
        this.completions = completions;
        this.timers = timers;
        this.clock = clock;
    }

    @Override
    public UUID dailyHabit(
            PracticeId practice, UserId client, ZoneId zone, String title, LocalTime at, LocalDate startsOn) {
        Habit h = new Habit(
                UUID.randomUUID(),
                practice,
                client,
                client,
                Habit.Kind.HABIT,
                null,
                title,
                null,
                Cadence.DAILY,
                Set.of(),
                1,
                List.of(at),
                startsOn,
                null,
                true,
                true,
                false,
                null,
                0);
        habits.insert(h, startsOn.atStartOfDay(zone).toInstant());
        timers.planNext(h, zone, clock.instant());
        return h.id();
    }

    @Override
    public UUID homework(PracticeId practice, UserId client, UserId therapist, String title, LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock);
        Habit h = new Habit(
                UUID.randomUUID(),
                practice,
                client,
                therapist,
                Habit.Kind.HOMEWORK,
                Habit.HomeworkType.READING,
                title,
                null,
                Cadence.DAILY,
                Set.of(),
                1,
                List.of(LocalTime.of(18, 0)),
                today,
                dueOn,
                true,
                true,
                false,
                null,
                0);
        habits.insert(h, clock.instant());
        return h.id();
    }

    @Override
    public void outcome(PracticeId practice, UserId client, UUID habit, LocalDate day, boolean done, ZoneId zone) {
        UUID id = UUID.randomUUID();
        completions.insert(
                practice,
                client,
                new Completion(
                        id,
                        habit,
                        day,
                        done ? DayMark.DONE : DayMark.SKIPPED,
                        null,
                        RiskLevel.NONE,
                        day.atTime(8, 30).atZone(zone).toInstant()),
                "demo:" + id,
                "demo");
    }
}
