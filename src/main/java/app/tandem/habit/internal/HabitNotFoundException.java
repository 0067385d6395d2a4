package app.tandem.habit.internal;

import java.util.UUID;

/** No such habit for this person (or not theirs to see): answered 404. */
public class HabitNotFoundException extends RuntimeException {

    private HabitNotFoundException(String message) {
        super(message);
    }

    public static HabitNotFoundException of(UUID id) {
        return new HabitNotFoundException("No habit " + id);
    }
}
