package app.tandem.checkin.internal;

import java.time.Instant;
import java.util.List;

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
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
