package app.tandem.shared.workspace;

import java.util.List;
import java.util.Objects;

/**
 * A module's part of a pre-session brief.
 *
 * @param order lower first (agenda 10, alerts 20, measures 30, mood 40, others 50-90)
 * @param heading the section's heading in the request's locale
 * @param lines what the module observed since the last session
 * @param charts small charts to draw above the lines (may be empty)
 */
public record BriefSection(int order, String heading, List<BriefLine> lines, List<BriefSeries> charts) {

    public BriefSection {
        Objects.requireNonNull(heading, "heading");
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
    }
}
