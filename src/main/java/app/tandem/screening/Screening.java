package app.tandem.screening;

import java.util.List;
import java.util.Objects;

/**
 * Result of screening one text: the overall level and every reason weighed, including discounted ones.
 *
 * @param level   highest level among the reasons, NONE when nothing fired
 * @param reasons all reasons, most urgent first; discounted matches have level NONE
 */
public record Screening(RiskLevel level, List<ScreeningReason> reasons) {

    public static final Screening NONE = new Screening(RiskLevel.NONE, List.of());

    public Screening {
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    /** True when the text needs a human to look at it (LOW or above). */
    public boolean isRisk() {
        return level.isAtLeast(RiskLevel.LOW);
    }

    /** Only the reasons that raised the level (not the discounted ones). */
    public List<ScreeningReason> firing() {
        return reasons.stream().filter(r -> !r.discounted()).toList();
    }
}
