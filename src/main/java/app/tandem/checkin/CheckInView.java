package app.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One check-in as other modules see it, note decrypted. Optional answers are null when skipped.
 *
 * @param localDate the day it belongs to in the client's time zone when it was recorded
 * @param timeZone that zone, e.g. {@code America/New_York}
 * @param emotions emotion codes, e.g. {@code calm}, {@code tired} (see {@link #EMOTIONS})
 * @param tags activity codes, e.g. {@code exercise} (see {@link #TAGS})
 */
public record CheckInView(
        UUID id,
        Instant recordedAt,
        LocalDate localDate,
        String timeZone,
        int mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        String note) {

    /** The emotions a client can pick, in the order the form shows them. */
    public static final List<String> EMOTIONS = List.of(
            "calm",
            "content",
            "hopeful",
            "grateful",
            "tired",
            "sad",
            "lonely",
            "anxious",
            "irritable",
            "angry",
            "overwhelmed",
            "numb",
            "ashamed");

    /** The activities a client can tick, in the order the form shows them. */
    public static final List<String> TAGS =
            List.of("exercise", "outside", "social", "work", "homework", "alcohol", "late-caffeine", "late-screens");

    public CheckInView {
        emotions = List.copyOf(emotions);
        tags = List.copyOf(tags);
    }

    /** When it was recorded, on the client's clock at the time. */
    public ZonedDateTime localRecordedAt() {
        return recordedAt.atZone(ZoneId.of(timeZone));
    }
}
