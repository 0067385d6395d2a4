package app.tandem.shared.today;

import app.tandem.shared.web.SectionView;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's last seven days of mood and today's state.
 *
 * @param days one per local day, oldest first, today last
 * @param lastToday when they last checked in today (their zone), or null when they have not yet
 * @param checkIn the quick check-in to offer while they have not checked in today, or null once they have
 */
public record MoodWeek(List<Day> days, ZonedDateTime lastToday, SectionView checkIn) {

    public static final int DAYS = 7;

    /** A day's mood on the 0-10 scale (the mean when there were several check-ins), or null: no check-in, a gap. */
    public record Day(LocalDate day, Double mood) {}

    public MoodWeek {
        days = List.copyOf(Objects.requireNonNull(days, "days"));
    }

    public boolean checkedInToday() {
        return lastToday != null;
    }

    public Optional<SectionView> quickCheckIn() {
        return Optional.ofNullable(checkIn);
    }

    public boolean anyMood() {
        return days.stream().anyMatch(d -> d.mood() != null);
    }
}
