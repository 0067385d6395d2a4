package app.tandem.checkin.internal;

import app.tandem.checkin.CheckInView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every check-in meets, for the form and the API alike: mood required, scales in range,
 * known emotions and activities, a note of at most 2,000 characters, and a time no later than now
 * (allowing a little clock skew) and no more than 7 days back.
 */
public final class CheckInRules {

    public static final int NOTE_MAX = 2_000;
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final Duration LATEST_BACKFILL = Duration.ofDays(7);

    private CheckInRules() {}

    public static List<Violation> check(CheckInDraft draft, Instant now) {
        List<Violation> problems = new ArrayList<>();
        if (draft.mood() == null) {
            problems.add(new Violation("mood", "checkin.error.mood.required"));
        } else {
            scale(problems, "mood", draft.mood(), 0, 10);
        }
        scale(problems, "anxiety", draft.anxiety(), 0, 10);
        scale(problems, "sleepQuality", draft.sleepQuality(), 1, 5);
        scale(problems, "energy", draft.energy(), 0, 10);
        Double sleep = draft.sleepHours();
        if (sleep != null && (sleep.isNaN() || sleep < 0 || sleep > 24 || sleep * 2 != Math.rint(sleep * 2))) {
            problems.add(new Violation("sleepHours", "checkin.error.sleepHours"));
        }
        if (!choices(draft.emotions(), CheckInView.EMOTIONS.size())) {
            problems.add(new Violation("emotions", "checkin.error.list"));
        } else if (!choices(draft.tags(), CheckInView.TAGS.size())) {
            problems.add(new Violation("tags", "checkin.error.list"));
        }
        draft.emotions().stream()
                .filter(e -> e != null && !CheckInView.EMOTIONS.contains(e))
                .findFirst()
                .ifPresent(e -> problems.add(new Violation("emotions", "checkin.error.emotions", e)));
        draft.tags().stream()
                .filter(t -> t != null && !CheckInView.TAGS.contains(t))
                .findFirst()
                .ifPresent(t -> problems.add(new Violation("tags", "checkin.error.tags", t)));
        if (draft.note() != null && draft.note().length() > NOTE_MAX) {
            problems.add(new Violation(
                    "note", "checkin.error.note.tooLong", NOTE_MAX, draft.note().length()));
        }
        Instant at = draft.recordedAt();
        if (at != null && at.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new Violation("recordedAt", "checkin.error.when.future"));
        } else if (at != null && at.isBefore(now.minus(LATEST_BACKFILL))) {
            problems.add(new Violation("recordedAt", "checkin.error.when.tooOld", LATEST_BACKFILL.toDays()));
        }
        return problems;
    }

    /** A list of choices: no empty entries, none twice, so never more than there are choices. */
    private static boolean choices(List<String> chosen, int available) {
        return chosen.size() <= available
                && chosen.stream().allMatch(c -> c != null)
                && chosen.stream().distinct().count() == chosen.size();
    }

    private static void scale(List<Violation> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new Violation(field, "checkin.error.range", min, max));
        }
    }
}
