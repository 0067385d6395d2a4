package app.tandem.caseload.brief;

import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.BriefSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief as the page shows it, times in the reader's zone: a glance (each section's first line, which every
 * contributor makes its summary), then the sections with their charts and lines.
 */
record BriefPage(
        Brief brief,
        ZonedDateTime since,
        ZonedDateTime until,
        ZonedDateTime nextSession,
        long days,
        List<Glance> glance,
        List<Section> sections) {

    /** A section's heading and first line, linking to the section. */
    record Glance(String anchor, String heading, String text) {}

    /** A section with its lines and charts, times in the reader's zone. */
    record Section(String anchor, String heading, List<Line> lines, List<Chart> charts) {}

    record Line(String text, String link, ZonedDateTime at) {}

    /** A chart and its numbers in words. */
    record Chart(String label, String svg, int days, double lowest, double highest, double last) {}

    static BriefPage of(Brief brief, ZoneId zone) {
        List<Glance> glance = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        LocalDate from = brief.since().atZone(zone).toLocalDate();
        LocalDate to = brief.until().atZone(zone).toLocalDate();
        int n = 0;
        for (BriefSection s : brief.sections()) {
            String anchor = "brief-section-" + (++n);
            if (!s.lines().isEmpty()) {
                glance.add(new Glance(anchor, s.heading(), s.lines().get(0).text()));
            }
            List<Line> lines = s.lines().stream()
                    .map(l -> new Line(l.text(), l.link(), at(l, zone)))
                    .toList();
            List<Chart> charts =
                    s.charts().stream().map(c -> chart(c, from, to)).toList();
            sections.add(new Section(anchor, s.heading(), lines, charts));
        }
        return new BriefPage(
                brief,
                brief.since().atZone(zone),
                brief.until().atZone(zone),
                brief.nextSession().map(i -> i.atZone(zone)).orElse(null),
                java.time.Duration.between(brief.since(), brief.until()).toDays(),
                glance,
                sections);
    }

    private static ZonedDateTime at(BriefLine line, ZoneId zone) {
        Instant at = line.at();
        return at == null ? null : at.atZone(zone);
    }

    private static Chart chart(BriefSeries series, LocalDate from, LocalDate to) {
        double lowest = series.points().stream()
                .mapToDouble(BriefSeries.Point::value)
                .min()
                .orElse(0);
        double highest = series.points().stream()
                .mapToDouble(BriefSeries.Point::value)
                .max()
                .orElse(0);
        double last = series.points().isEmpty()
                ? 0
                : series.points().get(series.points().size() - 1).value();
        return new Chart(
                series.label(), Sparkline.svg(series, from, to), series.points().size(), lowest, highest, last);
    }
}
