package app.tandem.shared.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened for a client.
 *
 * @param kind what kind of entry it is
 * @param id the entry's id within its kind (breaks ties between entries at the same instant)
 * @param at when it happened
 * @param text a one-line summary in the request's locale
 * @param link the page that shows it
 */
public record TimelineEntry(TimelineKind kind, String id, Instant at, String text, String link) {

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
    }
}
