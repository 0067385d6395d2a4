package app.tandem.measure.instrument;

import app.tandem.measure.BandKind;
import app.tandem.measure.Direction;
import app.tandem.measure.ScoreScale;
import app.tandem.measure.ScoringMethod;
import app.tandem.measure.instrument.InstrumentJson.BandJson;
import app.tandem.measure.instrument.InstrumentJson.ChangeJson;
import app.tandem.measure.instrument.InstrumentJson.CitedJson;
import app.tandem.measure.instrument.InstrumentJson.CountRuleJson;
import app.tandem.measure.instrument.InstrumentJson.CriticalItemJson;
import app.tandem.measure.instrument.InstrumentJson.CutoffJson;
import app.tandem.measure.instrument.InstrumentJson.ItemJson;
import app.tandem.measure.instrument.InstrumentJson.OptionJson;
import app.tandem.measure.instrument.InstrumentJson.UnscoredItemJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one parsed definition and returns every problem found, each naming the field at fault. */
final class DefinitionValidator {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*");

    /** All problems with the definition; empty when it is valid. */
    public List<String> validate(InstrumentJson d) {
        List<String> problems = new ArrayList<>();
        checkRequired(d, problems);
        if (!problems.isEmpty()) {
            // Structural checks assume required fields; report what is missing first.
            return problems;
        }
        checkCode(d, problems);
        checkOptions("answerOptions", d.answerOptions(), problems);
        checkItems(d, problems);
        checkUnscoredItems(d, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Range range = checkScoringAndRange(d, problems);
        if (range != null) {
            checkBands(d, range, problems);
            checkCutoff("caseness", d.caseness(), d, range, problems);
            for (int i = 0; i < list(d.otherCutoffs()).size(); i++) {
                checkCutoff("otherCutoffs[" + i + "]", d.otherCutoffs().get(i), d, range, problems);
            }
            checkChange(d, range, problems);
        }
        checkCriticalItems(d, problems);
        checkLicence(d, problems);
        return problems;
    }

    // ---- required fields -------------------------------------------------------------------------------------

    private void checkRequired(InstrumentJson d, List<String> p) {
        text(d.code(), "code", p);
        text(d.version(), "version", p);
        text(d.title(), "title", p);
        text(d.shortName(), "shortName", p);
        text(d.stem(), "stem", p);
        text(d.attribution(), "attribution", p);
        if (present(d.recallPeriod(), "recallPeriod", p)) {
            text(d.recallPeriod().iso(), "recallPeriod.iso", p);
            text(d.recallPeriod().text(), "recallPeriod.text", p);
        }
        if (present(d.coding(), "coding", p)) {
            text(d.coding().system(), "coding.system", p);
            text(d.coding().panel(), "coding.panel", p);
            text(d.coding().totalScore(), "coding.totalScore", p);
        }
        nonEmpty(d.answerOptions(), "answerOptions", p);
        requiredOptions("answerOptions", d.answerOptions(), p);
        if (nonEmpty(d.items(), "items", p)) {
            for (int i = 0; i < d.items().size(); i++) {
                ItemJson item = d.items().get(i);
                String f = "items[" + i + "]";
                if (present(item, f, p)) {
                    present(item.number(), f + ".number", p);
                    text(item.text(), f + ".text", p);
                    requiredOptions(f + ".options", item.options(), p);
                }
            }
        }
        for (int i = 0; i < list(d.unscoredItems()).size(); i++) {
            UnscoredItemJson u = d.unscoredItems().get(i);
            String f = "unscoredItems[" + i + "]";
            if (present(u, f, p)) {
                text(u.linkId(), f + ".linkId", p);
                text(u.text(), f + ".text", p);
                present(u.required(), f + ".required", p);
                nonEmpty(u.options(), f + ".options", p);
                requiredOptions(f + ".options", u.options(), p);
            }
        }
        if (present(d.scoring(), "scoring", p)) {
            present(d.scoring().method(), "scoring.method", p);
        }
        if (present(d.totalRange(), "totalRange", p)) {
            present(d.totalRange().min(), "totalRange.min", p);
            present(d.totalRange().max(), "totalRange.max", p);
        }
        present(d.direction(), "direction", p);
        present(d.bandKind(), "bandKind", p);
        for (int i = 0; i < list(d.bands()).size(); i++) {
            BandJson b = d.bands().get(i);
            String f = "bands[" + i + "]";
            if (present(b, f, p)) {
                text(b.code(), f + ".code", p);
                present(b.min(), f + ".min", p);
                present(b.max(), f + ".max", p);
                text(b.clientLabel(), f + ".clientLabel", p);
                text(b.clinicalLabel(), f + ".clinicalLabel", p);
            }
        }
        requiredCutoff("caseness", d.caseness(), p);
        for (int i = 0; i < list(d.otherCutoffs()).size(); i++) {
            requiredCutoff("otherCutoffs[" + i + "]", d.otherCutoffs().get(i), p);
        }
        for (int i = 0; i < list(d.criticalItems()).size(); i++) {
            CriticalItemJson c = d.criticalItems().get(i);
            String f = "criticalItems[" + i + "]";
            if (present(c, f, p)) {
                present(c.item(), f + ".item", p);
                if (c.riskByAnswer() == null || c.riskByAnswer().isEmpty()) {
                    p.add(f + ".riskByAnswer is required");
                } else if (c.riskByAnswer().values().stream().anyMatch(Objects::isNull)) {
                    p.add(f + ".riskByAnswer has an answer without a risk level");
                }
                text(c.reason(), f + ".reason", p);
            }
        }
        ChangeJson c = d.change();
        if (c != null) {
            present(c.scale(), "change.scale", p);
            if (c.sd() != null) {
                requiredCited("change.sd", c.sd(), p);
            }
            requiredCited("change.reliability", c.reliability(), p);
            requiredCited("change.commonReliableChange", c.commonReliableChange(), p);
            requiredCutoff("change.caseness", c.caseness(), p);
            if (c.remission() != null) {
                requiredCutoff("change.remission", c.remission(), p);
            }
        }
        if (present(d.licence(), "licence", p)) {
            text(d.licence().name(), "licence.name", p);
            present(d.licence().requiresLicence(), "licence.requiresLicence", p);
        }
        present(d.enabledByDefault(), "enabledByDefault", p);
    }

    private void requiredOptions(String field, List<OptionJson> options, List<String> p) {
        for (int i = 0; i < list(options).size(); i++) {
            OptionJson o = options.get(i);
            String f = field + "[" + i + "]";
            if (present(o, f, p)) {
                present(o.score(), f + ".score", p);
                text(o.label(), f + ".label", p);
            }
        }
    }

    private void requiredCutoff(String field, CutoffJson c, List<String> p) {
        if (present(c, field, p)) {
            present(c.comparison(), field + ".comparison", p);
            present(c.threshold(), field + ".threshold", p);
            present(c.scale(), field + ".scale", p);
            text(c.source(), field + ".source", p);
        }
    }

    private void requiredCited(String field, CitedJson c, List<String> p) {
        if (present(c, field, p)) {
            present(c.value(), field + ".value", p);
            text(c.source(), field + ".source", p);
        }
    }

    // ---- structure -------------------------------------------------------------------------------------------

    private void checkCode(InstrumentJson d, List<String> p) {
        if (!CODE.matcher(d.code()).matches()) {
            p.add("code '" + d.code() + "' must be lower-case letters and digits, starting with a letter");
        }
    }

    private void checkOptions(String field, List<OptionJson> options, List<String> p) {
        if (options == null) {
            return;
        }
        if (options.isEmpty()) {
            p.add(field + " must not be empty");
        }
        Set<Integer> scores = new HashSet<>();
        Set<String> labels = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (OptionJson o : options) {
            if (!scores.add(o.score())) {
                p.add(field + ": option scores must be distinct; " + o.score() + " appears twice");
            }
            if (!labels.add(o.label())) {
                p.add(field + ": option labels must be distinct; '" + o.label() + "' appears twice");
            }
            if (o.code() != null && !codes.add(o.code())) {
                p.add(field + ": option codes must be distinct; '" + o.code() + "' appears twice");
            }
        }
    }

    private void checkItems(InstrumentJson d, List<String> p) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.items().size(); i++) {
            ItemJson item = d.items().get(i);
            if (item.number() != i + 1) {
                p.add("items must be numbered 1.." + d.items().size() + " in order; position " + (i + 1)
                        + " has number " + item.number());
            }
            if (item.code() != null && !codes.add(item.code())) {
                p.add("items: item codes must be distinct; '" + item.code() + "' appears twice");
            }
            checkOptions("items[" + i + "].options", item.options(), p);
        }
    }

    private void checkUnscoredItems(InstrumentJson d, List<String> p) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list(d.unscoredItems()).size(); i++) {
            UnscoredItemJson u = d.unscoredItems().get(i);
            if (!ids.add(u.linkId())) {
                p.add("unscoredItems: linkId '" + u.linkId() + "' appears twice");
            }
            checkOptions("unscoredItems[" + i + "].options", u.options(), p);
        }
    }

    /** Checks the scoring rule and declared ranges; returns the possible ranges, or null when they are unknown. */
    private Range checkScoringAndRange(InstrumentJson d, List<String> p) {
        ScoringMethod method = d.scoring().method();
        Range computed = switch (method) {
            case SUM, SUM_TIMES ->
                new Range(
                        d.items().stream().mapToInt(i -> min(options(d, i))).sum(),
                        d.items().stream().mapToInt(i -> max(options(d, i))).sum());
            case COUNT_IN_RANGE -> checkCountRules(d, p);
        };
        if (computed == null) {
            return null;
        }
        Range declared = new Range(d.totalRange().min(), d.totalRange().max());
        if (!declared.equals(computed)) {
            p.add("totalRange " + declared + " does not match the range the items allow, " + computed);
        }
        Range scaled = null;
        if (method == ScoringMethod.SUM_TIMES) {
            Integer factor = d.scoring().factor();
            if (factor == null || factor < 1) {
                p.add("scoring.factor must be a positive integer for SUM_TIMES");
                return null;
            }
            scaled = new Range(computed.min() * factor, computed.max() * factor);
            if (d.scaledRange() == null
                    || d.scaledRange().min() == null
                    || d.scaledRange().max() == null) {
                p.add("scaledRange is required for SUM_TIMES");
            } else if (!new Range(d.scaledRange().min(), d.scaledRange().max()).equals(scaled)) {
                p.add("scaledRange "
                        + new Range(d.scaledRange().min(), d.scaledRange().max())
                        + " does not match totalRange x factor, " + scaled);
            }
        } else if (d.scaledRange() != null) {
            p.add("scaledRange is only allowed for SUM_TIMES scoring");
        }
        return new Range(computed.min(), computed.max(), scaled);
    }

    private Range checkCountRules(InstrumentJson d, List<String> p) {
        List<CountRuleJson> rules = list(d.scoring().countRules());
        if (rules.isEmpty()) {
            p.add("scoring.countRules are required for COUNT_IN_RANGE");
            return null;
        }
        int before = p.size();
        Set<Integer> covered = new HashSet<>();
        int n = d.items().size();
        for (int r = 0; r < rules.size(); r++) {
            CountRuleJson rule = rules.get(r);
            String f = "scoring.countRules[" + r + "]";
            if (rule == null || rule.items() == null || rule.items().isEmpty() || rule.atLeast() == null) {
                p.add(f + " needs items and atLeast");
                continue;
            }
            for (Integer item : rule.items()) {
                if (item == null || item < 1 || item > n) {
                    p.add(f + " refers to item " + item + " but items are numbered 1.." + n);
                } else {
                    if (!covered.add(item)) {
                        p.add(f + ": item " + item + " is counted by more than one rule");
                    }
                    if (options(d, d.items().get(item - 1)).stream()
                            .noneMatch(o -> o.score().equals(rule.atLeast()))) {
                        p.add(f + ": atLeast " + rule.atLeast() + " is not an answer score of item " + item);
                    }
                }
            }
        }
        if (p.size() > before) {
            return null;
        }
        if (covered.size() != n) {
            p.add("scoring.countRules must cover every item exactly once; covered " + covered.size() + " of " + n);
            return null;
        }
        return new Range(0, n);
    }

    private void checkBands(InstrumentJson d, Range range, List<String> p) {
        List<BandJson> bands = list(d.bands());
        if (d.bandKind() == BandKind.NONE) {
            if (!bands.isEmpty()) {
                p.add("bands must be empty when bandKind is NONE");
            }
            return;
        }
        if (d.scoring().method() == ScoringMethod.COUNT_IN_RANGE) {
            p.add("COUNT_IN_RANGE instruments have no bands; bandKind must be NONE");
            return;
        }
        if (bands.isEmpty()) {
            p.add("bands are required when bandKind is " + d.bandKind());
            return;
        }
        Set<String> codes = new HashSet<>();
        for (BandJson b : bands) {
            if (!codes.add(b.code())) {
                p.add("bands: code '" + b.code() + "' appears twice");
            }
            if (b.min() > b.max()) {
                p.add("bands: '" + b.code() + "' has min " + b.min() + " greater than max " + b.max());
            }
        }
        List<BandJson> sorted =
                bands.stream().sorted(Comparator.comparing(BandJson::min)).toList();
        if (sorted.get(0).min() != range.min()) {
            p.add("bands must start at the lowest possible total " + range.min() + " but start at "
                    + sorted.get(0).min());
        }
        for (int i = 1; i < sorted.size(); i++) {
            BandJson prev = sorted.get(i - 1);
            BandJson next = sorted.get(i);
            if (next.min() > prev.max() + 1) {
                p.add("bands leave a gap: no band covers " + (prev.max() + 1) + ".." + (next.min() - 1));
            } else if (next.min() <= prev.max()) {
                p.add("bands overlap: '" + prev.code() + "' and '" + next.code() + "' both cover " + next.min());
            }
        }
        int top = sorted.stream().mapToInt(BandJson::max).max().orElseThrow();
        if (top != range.max()) {
            p.add("bands must end at the highest possible total " + range.max() + " but end at " + top);
        }
    }

    private void checkCutoff(String field, CutoffJson c, InstrumentJson d, Range range, List<String> p) {
        Range scale = scaleRange(c.scale(), d.scoring().method(), range);
        if (scale == null) {
            p.add(field + ".scale " + c.scale() + " does not apply to "
                    + d.scoring().method() + " scoring");
            return;
        }
        if (c.threshold() < scale.min() || c.threshold() > scale.max()) {
            p.add(field + ".threshold " + c.threshold() + " is outside the possible " + c.scale() + " range " + scale);
        }
        if (c.anyItemAtMost() != null) {
            for (ItemJson item : d.items()) {
                if (options(d, item).stream().noneMatch(o -> o.score().equals(c.anyItemAtMost()))) {
                    p.add(field + ".anyItemAtMost " + c.anyItemAtMost() + " is not an answer score of item "
                            + item.number());
                }
            }
        }
    }

    private Range scaleRange(ScoreScale scale, ScoringMethod method, Range range) {
        return switch (scale) {
            case RAW -> method == ScoringMethod.COUNT_IN_RANGE ? null : range;
            case SCALED -> method == ScoringMethod.SUM_TIMES ? range.scaled() : null;
            case COUNT -> method == ScoringMethod.COUNT_IN_RANGE ? range : null;
        };
    }

    private void checkChange(InstrumentJson d, Range range, List<String> p) {
        ChangeJson c = d.change();
        if (c == null) {
            return;
        }
        if (d.scoring().method() == ScoringMethod.COUNT_IN_RANGE || c.scale() == ScoreScale.COUNT) {
            p.add("change is not defined for counts (COUNT_IN_RANGE scoring)");
            return;
        }
        if (c.scale() == ScoreScale.SCALED && d.scoring().method() != ScoringMethod.SUM_TIMES) {
            p.add("change.scale SCALED needs SUM_TIMES scoring");
            return;
        }
        if (c.sd() != null && c.sd().value() != null && c.sd().value() <= 0) {
            p.add("change.sd.value must be positive");
        }
        if (c.reliability().value() <= 0 || c.reliability().value() >= 1) {
            p.add("change.reliability.value must be between 0 and 1 (exclusive)");
        }
        if (c.commonReliableChange().value() <= 0) {
            p.add("change.commonReliableChange.value must be positive");
        }
        if (c.caseness().scale() != c.scale()) {
            p.add("change.caseness.scale must equal change.scale " + c.scale());
        } else {
            checkCutoff("change.caseness", c.caseness(), d, range, p);
        }
        if (c.remission() != null) {
            if (c.remission().scale() != c.scale()) {
                p.add("change.remission.scale must equal change.scale " + c.scale());
            } else {
                checkCutoff("change.remission", c.remission(), d, range, p);
            }
        }
        Integer response = c.responseReductionPercent();
        if (response != null) {
            if (response < 1 || response > 100) {
                p.add("change.responseReductionPercent must be 1..100");
            }
            if (d.direction() != Direction.HIGHER_IS_WORSE) {
                p.add("change.responseReductionPercent is only defined when higher is worse");
            }
        }
    }

    private void checkCriticalItems(InstrumentJson d, List<String> p) {
        Set<Integer> seen = new HashSet<>();
        for (CriticalItemJson c : list(d.criticalItems())) {
            if (c.item() < 1 || c.item() > d.items().size()) {
                p.add("criticalItems: item " + c.item() + " does not exist (items are 1.."
                        + d.items().size() + ")");
                continue;
            }
            if (!seen.add(c.item())) {
                p.add("criticalItems: item " + c.item() + " is listed twice");
            }
            List<OptionJson> options = options(d, d.items().get(c.item() - 1));
            for (Map.Entry<Integer, ?> e : c.riskByAnswer().entrySet()) {
                if (options.stream().noneMatch(o -> o.score().equals(e.getKey()))) {
                    p.add("criticalItems: item " + c.item() + " has no answer with score " + e.getKey());
                }
            }
        }
    }

    private void checkLicence(InstrumentJson d, List<String> p) {
        if (d.licence().requiresLicence() && d.enabledByDefault()) {
            p.add("enabledByDefault must be false when licence.requiresLicence is true");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static List<OptionJson> options(InstrumentJson d, ItemJson item) {
        return item.options() != null ? item.options() : d.answerOptions();
    }

    private static int min(List<OptionJson> options) {
        return options.stream().mapToInt(OptionJson::score).min().orElse(0);
    }

    private static int max(List<OptionJson> options) {
        return options.stream().mapToInt(OptionJson::score).max().orElse(0);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean present(Object value, String field, List<String> p) {
        if (value == null) {
            p.add(field + " is required");
            return false;
        }
        return true;
    }

    private static void text(String value, String field, List<String> p) {
        if (value == null || value.isBlank()) {
            p.add(field + " is required");
        }
    }

    private static boolean nonEmpty(List<?> value, String field, List<String> p) {
        if (value == null || value.isEmpty()) {
            p.add(field + " is required and must not be empty");
            return false;
        }
        return true;
    }

    /** Possible raw (or count) range, and scaled range when the instrument has one. */
    private record Range(int min, int max, Range scaled) {

        Range(int min, int max) {
            this(min, max, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && r.min == min && r.max == max;
        }

        @Override
        public int hashCode() {
            return Objects.hash(min, max);
        }

        @Override
        public String toString() {
            return min + ".." + max;
        }
    }
}
