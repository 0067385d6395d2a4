package app.tandem.measure;

import java.util.List;

/** The scoring rule of an instrument; {@code factor} only for SUM_TIMES, {@code countRules} only for COUNT_IN_RANGE. */
public record ScoringRule(ScoringMethod method, Integer factor, String scaledName, List<CountRule> countRules) {

    public ScoringRule {
        countRules = countRules == null ? List.of() : List.copyOf(countRules);
    }
}
