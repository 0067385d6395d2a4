package app.tandem.shared.today;

import app.tandem.shared.CurrentUser;

/** The client's mood over the last week and whether they have checked in today, for Today. */
public interface MoodDiary {

    /** The last {@value MoodWeek#DAYS} local days of {@code client} (the viewer), today last. */
    MoodWeek weekOf(CurrentUser client);
}
