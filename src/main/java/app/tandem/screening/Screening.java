package app.tandem.screening;

import java.util.List;
import java.util.Objects;

/**
 * Result of screening one text: the overall level and every finding weighed, discounted ones included,
 * so a clinician can see why the text was or was not flagged.
 *
 * @param level highest level among the findings, NONE when nothing stands
 * @param findings all findings, most urgent first; discounted ones have level NONE
 * @param rulesVersion the version of the rules that screened it, e.g. {@code 2.0+3f9a1c20}
 */
public record Screening(RiskLevel level, List<Finding> findings, String rulesVersion) {

    public Screening {
        Objects.requireNonNull(level, "level");
        findings = List.copyOf(findings);
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }

    /** Nothing found. */
    public static Screening none(String rulesVersion) {
        return new Screening(RiskLevel.NONE, List.of(), rulesVersion);
    }

    /** True when the text needs a human to look at it (LOW or above). */
    public boolean isRisk() {
        return level.isAtLeast(RiskLevel.LOW);
    }

    /** Only the findings that stand (not the discounted ones). */
    public List<Finding> firing() {
        return findings.stream().filter(f -> !f.discounted()).toList();
    }
}
