package app.tandem.caseload.brief;

import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.BriefSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's pre-session brief as JSON: the period it covers, the next session when known, and the sections in
 * order, each line with the link to its data and each chart with its points.
 *
 * @param sinceLastSession true when {@code since} is the last session; false when it is the default 14-day window
 */
record BriefResponse(
        UUID clientId,
        String name,
        Instant since,
        Instant until,
        boolean sinceLastSession,
        Instant nextSession,
        List<Section> sections) {

    record Section(int order, String heading, List<Line> lines, List<Chart> charts) {}

    record Line(String text, String link, Instant at) {}

    record Chart(String label, double min, double max, List<Point> points) {}

    record Point(LocalDate day, double value) {}

    static BriefResponse of(Brief brief) {
        return new BriefResponse(
                brief.client().id().value(),
                brief.client().displayName(),
                brief.since(),
                brief.until(),
                brief.sinceLastSession(),
                brief.nextSession().orElse(null),
                brief.sections().stream().map(BriefResponse::section).toList());
    }

    private static Section section(BriefSection s) {
        return new Section(
                s.order(),
                s.heading(),
                s.lines().stream().map(BriefResponse::line).toList(),
                s.charts().stream().map(BriefResponse::chart).toList());
    }

    private static Line line(BriefLine l) {
        return new Line(l.text(), l.link(), l.at());
    }

    private static Chart chart(BriefSeries c) {
        return new Chart(
                c.label(),
                c.min(),
                c.max(),
                c.points().stream().map(p -> new Point(p.day(), p.value())).toList());
    }
}
