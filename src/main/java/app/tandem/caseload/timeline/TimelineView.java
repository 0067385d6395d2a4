package app.tandem.caseload.timeline;

import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A timeline page grouped by day in the reader's zone, for the page. */
record TimelineView(List<Day> days) {

    record Day(LocalDate day, List<Row> rows) {}

    record Row(TimelineKind kind, ZonedDateTime at, String text, String link) {}

    static TimelineView of(TimelinePage page, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        List<Row> rows = null;
        LocalDate current = null;
        for (TimelineEntry e : page.entries()) {
            ZonedDateTime at = e.at().atZone(zone);
            if (!at.toLocalDate().equals(current)) {
                current = at.toLocalDate();
                rows = new ArrayList<>();
                days.add(new Day(current, rows));
            }
            rows.add(new Row(e.kind(), at, e.text(), e.link()));
        }
        return new TimelineView(
                days.stream().map(d -> new Day(d.day(), List.copyOf(d.rows()))).toList());
    }
}
