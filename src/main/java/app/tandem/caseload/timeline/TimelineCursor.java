package app.tandem.caseload.timeline;

import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;

/**
 * A keyset position in a client's timeline: the last entry shown. The timeline's order is newest first, ties at the
 * same instant broken by kind (enum order) and then id (descending), so every entry has exactly one place and a page
 * starts strictly after its cursor. Encoded as opaque URL-safe text (ids and times only, no clinical content).
 */
record TimelineCursor(Instant at, TimelineKind kind, String id) {

    /** Newest first; at one instant by kind, then by id from high to low. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::at)
            .reversed()
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::id, Comparator.reverseOrder());

    TimelineCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    static TimelineCursor after(TimelineEntry entry) {
        return new TimelineCursor(entry.at().truncatedTo(ChronoUnit.MICROS), entry.kind(), entry.id());
    }

    /** Whether {@code entry} comes after this position in the timeline's order (so belongs on the next page). */
    boolean isBefore(TimelineEntry entry) {
        return ORDER.compare(new TimelineEntry(kind, id, at, "-", "-"), entry) < 0;
    }

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String plain = micros + "~" + kind.name() + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor written by {@link #encode()}; a malformed one is an {@link InvalidTimelineRequestException}. */
    static TimelineCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split("~", 3);
            if (parts.length != 3 || parts[2].isEmpty() || parts[2].length() > 100) {
                throw InvalidTimelineRequestException.cursor();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
            return new TimelineCursor(at, TimelineKind.valueOf(parts[1]), parts[2]);
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw InvalidTimelineRequestException.cursor();
        }
    }
}
