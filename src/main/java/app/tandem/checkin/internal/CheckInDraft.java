package app.tandem.checkin.internal;

import app.tandem.checkin.CheckInView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a client submitted, before validation. {@code recordedAt} null means "now". */
public record CheckInDraft(
        Integer mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        String note,
        Instant recordedAt) {

    public CheckInDraft {
        // not List.copyOf: it throws on a null entry, which the rules report as a field error instead
        emotions = emotions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(emotions));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Whether a stored check-in is what this draft would have saved (a repeat, not a different request). */
    public boolean sameAs(CheckInView stored) {
        return Objects.equals(mood, stored.mood())
                && Objects.equals(anxiety, stored.anxiety())
                && Objects.equals(sleepHours, stored.sleepHours())
                && Objects.equals(sleepQuality, stored.sleepQuality())
                && Objects.equals(energy, stored.energy())
                && Set.copyOf(emotions).equals(Set.copyOf(stored.emotions()))
                && Set.copyOf(tags).equals(Set.copyOf(stored.tags()))
                && Objects.equals(note, stored.note())
                && (recordedAt == null
                        || recordedAt.truncatedTo(ChronoUnit.MILLIS).equals(stored.recordedAt()));
    }
}
