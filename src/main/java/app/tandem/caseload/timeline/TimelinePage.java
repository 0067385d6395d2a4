package app.tandem.caseload.timeline;

import app.tandem.identity.Person;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.util.List;
import java.util.Set;

/**
 * One page of a client's timeline.
 *
 * @param kinds the kinds shown
 * @param entries newest first
 * @param next the cursor of the next (older) page, or null on the last page
 */
record TimelinePage(Person client, Set<TimelineKind> kinds, List<TimelineEntry> entries, TimelineCursor next) {

    TimelinePage {
        kinds = Set.copyOf(kinds);
        entries = List.copyOf(entries);
    }
}
