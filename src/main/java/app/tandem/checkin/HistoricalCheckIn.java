package app.tandem.checkin;

import java.time.Instant;
import java.util.List;

/** A past check-in to seed (demo data, imports): answers as in {@link CheckInView}, note in plain text. */
public record HistoricalCheckIn(
        Instant recordedAt,
        int mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        String note) {

    public HistoricalCheckIn {
        emotions = List.copyOf(emotions);
        tags = List.copyOf(tags);
    }
}
