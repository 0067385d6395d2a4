package app.tandem.habit.internal;

import app.tandem.habit.schedule.DayMark;
import app.tandem.habit.schedule.HabitSchedule;
import app.tandem.habit.schedule.Progress;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a client sees: each habit with today's state and kind progress, and what is due today. */
@Service
@Transactional(readOnly = true)
public class TodayQueries {

    private final HabitService habits;
    private final ReminderRepository reminders;
    private final Clock clock;
    private final app.tandem.identity.CareAccess care;

    TodayQueries(HabitService habits, ReminderRepository reminders, Clock clock, app.tandem.identity.CareAccess care) {
        this.habits = habits;
        this.care = care;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** A habit as a row on a page: due today?, today's mark, "5 of the last 7", strength. */
    public record HabitView(
            Habit habit, boolean dueToday, DayMark today, Progress progress, List<LocalTime> times, LocalDate dueOn) {

        public UUID id() {
            return habit.id();
        }

        public boolean open() {
            return dueToday && today == DayMark.OPEN;
        }
    }

    public List<HabitView> habits(UserId client, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return habits.all(client).stream().map(h -> view(h, zone, today)).toList();
    }

    /** Habits and homework due today and not yet done or skipped. */
    public List<HabitView> dueToday(UserId client, ZoneId zone) {
        return habits(client, zone).stream()
                .filter(v -> !v.habit().paused() && !v.habit().isFinished())
                .filter(HabitView::dueToday)
                .toList();
    }

    public HabitView one(CurrentUser client, UUID id) {
        LocalDate today = LocalDate.now(clock.withZone(client.zone()));
        return view(habits.own(client, id), client.zone(), today);
    }

    /** A client's homework as their therapist sees it (care relationship checked). */
    public List<HabitView> homeworkFor(CurrentUser therapist, UserId client) {
        ZoneId zone = care.requireClinicalAccess(therapist, client).zone();
        return habits(client, zone).stream().filter(v -> v.habit().isHomework()).toList();
    }

    public boolean hasFeed(UserId client) {
        return reminders.hasFeed(client);
    }

    public app.tandem.habit.schedule.QuietHours quietHours(UserId client) {
        return reminders.quietHours(client);
    }

    private HabitView view(Habit h, ZoneId zone, LocalDate today) {
        HabitSchedule schedule = h.schedule(zone);
        Map<LocalDate, DayMark> marks = habits.marksSince(h.id(), h.startsOn());
        DayMark mark = marks.getOrDefault(today, DayMark.OPEN);
        boolean due = h.isHomework()
                ? h.finishedAt() == null && !h.paused()
                : h.isActiveOn(today) && schedule.isPlannedOn(today);
        return new HabitView(h, due, mark, Progress.of(schedule, marks, today, 7), h.times(), h.dueOn());
    }
}
