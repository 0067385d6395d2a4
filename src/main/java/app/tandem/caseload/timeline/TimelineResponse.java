package app.tandem.caseload.timeline;

import app.tandem.shared.workspace.TimelineKind;
import java.time.Instant;
import java.util.List;

/**
 * A page of a client's timeline as JSON, newest first.
 *
 * @param next pass as {@code before} for the next (older) page; null on the last page
 */
record TimelineResponse(List<Entry> entries, String next) {

    record Entry(TimelineKind kind, String id, Instant at, String text, String link) {}

    static TimelineResponse of(TimelinePage page) {
        return new TimelineResponse(
                page.entries().stream()
                        .map(e -> new Entry(e.kind(), e.id(), e.at(), e.text(), e.link()))
                        .toList(),
                page.next() == null ? null : page.next().encode());
    }
}
