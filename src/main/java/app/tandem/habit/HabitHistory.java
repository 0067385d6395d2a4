package app.tandem.habit;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** Seeds habits, homework and past outcomes as if made earlier; demo data only (nothing typed, nothing screened). */
public interface HabitHistory {

    /** A daily habit of the client's own from {@code startsOn}, with its next reminder planned. */
    UUID dailyHabit(PracticeId practice, UserId client, ZoneId zone, String title, LocalTime at, LocalDate startsOn);

    /** Homework a therapist assigned, due on {@code dueOn}. */
    UUID homework(PracticeId practice, UserId client, UserId therapist, String title, LocalDate dueOn);

    /** A past day marked done or skipped. */
    void outcome(PracticeId practice, UserId client, UUID habit, LocalDate day, boolean done, ZoneId zone);
}
