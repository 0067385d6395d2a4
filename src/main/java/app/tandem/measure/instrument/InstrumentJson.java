package app.tandem.measure.instrument;

import app.tandem.measure.BandKind;
import app.tandem.measure.Comparison;
import app.tandem.measure.Direction;
import app.tandem.measure.ScoreScale;
import app.tandem.measure.ScoringMethod;
import app.tandem.screening.RiskLevel;
import java.util.List;
import java.util.Map;

/** The JSON shape of one definition file; every field nullable so the validator can name what is missing. */
record InstrumentJson(
        String code,
        String version,
        String title,
        String shortName,
        String construct,
        String stem,
        String instructions,
        RecallPeriodJson recallPeriod,
        CodingJson coding,
        List<OptionJson> answerOptions,
        List<ItemJson> items,
        List<UnscoredItemJson> unscoredItems,
        ScoringJson scoring,
        RangeJson totalRange,
        RangeJson scaledRange,
        Direction direction,
        BandKind bandKind,
        List<BandJson> bands,
        CutoffJson caseness,
        List<CutoffJson> otherCutoffs,
        List<CriticalItemJson> criticalItems,
        ChangeJson change,
        LicenceJson licence,
        String attribution,
        Boolean enabledByDefault) {

    /** Recall period. */
    public record RecallPeriodJson(String iso, String text) {}

    /** Panel, total and answer coding. */
    public record CodingJson(
            String system,
            String panel,
            String totalScore,
            String scaledScore,
            String answerSystem,
            String note,
            String loincPanel,
            String loincTotal) {}

    /** Answer option. */
    public record OptionJson(Integer score, String label, String code) {}

    /** Scored item; {@code options} only when they differ from the instrument's answer options. */
    public record ItemJson(Integer number, String text, String code, List<OptionJson> options) {}

    /** Unscored item. */
    public record UnscoredItemJson(
            String linkId,
            String text,
            String code,
            Boolean required,
            List<OptionJson> options,
            Boolean check,
            String note) {}

    /** Scoring rule. */
    public record ScoringJson(
            ScoringMethod method, Integer factor, String scaledName, List<CountRuleJson> countRules) {}

    /** Count rule for COUNT_IN_RANGE. */
    public record CountRuleJson(List<Integer> items, Integer atLeast) {}

    /** Inclusive range. */
    public record RangeJson(Integer min, Integer max) {}

    /** Band. */
    public record BandJson(
            String code,
            Integer min,
            Integer max,
            String clientLabel,
            String clinicalLabel,
            Boolean check,
            String note) {}

    /** Cut-off. */
    public record CutoffJson(
            Comparison comparison,
            Integer threshold,
            ScoreScale scale,
            Integer anyItemAtMost,
            String source,
            Boolean check,
            String note) {}

    /** Critical item. */
    public record CriticalItemJson(Integer item, Map<Integer, RiskLevel> riskByAnswer, String reason) {}

    /** Change parameters. */
    public record ChangeJson(
            ScoreScale scale,
            CitedJson sd,
            CitedJson reliability,
            CitedJson commonReliableChange,
            CutoffJson caseness,
            Integer responseReductionPercent,
            CutoffJson remission) {}

    /** A cited number. */
    public record CitedJson(Double value, String source, Boolean check, String note) {}

    /** Licence. */
    public record LicenceJson(String name, Boolean requiresLicence, Boolean check, String note) {}
}
