package app.tandem.demo;

import app.tandem.habit.HabitHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Four months of habits for Alex through the habit module's public API: a morning walk kept most days (a few planned
 * skips, some misses), an evening wind-down that fades and comes back, and a reading Maya assigned, due in three days.
 */
@Component
@Order(700)
class HabitDemoHistory implements DemoHistory {

    private static final int DAYS = 120;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final HabitHistory habits;
    private final Clock clock;

    HabitDemoHistory(HabitHistory habits, Clock clock) {
        this.habits = habits;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople demo) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate start = today.minusDays(DAYS);
        UUID walk = habits.dailyHabit(demo.practice(), demo.alex(), ZONE, "Morning walk", LocalTime.of(8, 0), start);
        UUID windDown = habits.dailyHabit(
                demo.practice(), demo.alex(), ZONE, "Screens off by 22:30", LocalTime.of(22, 0), start);
        Random random = new Random(12);
        for (int day = DAYS; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            double r = random.nextDouble();
            if (r < 0.78) {
                habits.outcome(demo.practice(), demo.alex(), walk, date, true, ZONE);
            } else if (r < 0.86) {
                habits.outcome(demo.practice(), demo.alex(), walk, date, false, ZONE);
            }
            // the wind-down slipped in the middle weeks and came back
            double keep = day > 80 || day < 30 ? 0.7 : 0.3;
            if (random.nextDouble() < keep) {
                habits.outcome(demo.practice(), demo.alex(), windDown, date, true, ZONE);
            }
        }
        habits.homework(demo.practice(), demo.alex(), demo.maya(), "Read the sleep hygiene leaflet", today.plusDays(3));
    }
}
