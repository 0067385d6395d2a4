package app.tandem.measure.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.InstrumentDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each validation rule, exercised by breaking one shipped definition in one way. */
class DefinitionValidatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DefinitionLoader loader = new DefinitionLoader();

    @Test
    void shippedDefinitionsAreValid() {
        for (String code : new String[] {"phq9", "gad7", "who5", "asrs6", "pcl5"}) {
            Instrument instrument = loader.load("instruments/" + code + ".json", source(code));
            assertThat(instrument.code()).isEqualTo(code);
        }
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertProblem("phq9", d -> d.remove("title"), "title is required");
        assertProblem("phq9", d -> d.remove("caseness"), "caseness is required");
        assertProblem("phq9", d -> d.remove("enabledByDefault"), "enabledByDefault is required");
        assertProblem("phq9", d -> obj(d, "licence").remove("requiresLicence"), "licence.requiresLicence is required");
        assertProblem(
                "phq9", d -> obj(arr(d, "bands").get(2)).remove("clinicalLabel"), "bands[2].clinicalLabel is required");
        assertProblem("phq9", d -> obj(arr(d, "items").get(4)).put("text", " "), "items[4].text is required");
        assertProblem(
                "phq9", d -> obj(arr(d, "answerOptions").get(1)).remove("score"), "answerOptions[1].score is required");
        assertProblem(
                "phq9",
                d -> obj(obj(d, "change"), "reliability").remove("source"),
                "change.reliability.source is required");
    }

    @Test
    void unknownFieldIsRejectedSoTyposCannotSlipThrough() {
        assertProblem("phq9", d -> d.put("enabledByDefualt", true), "enabledByDefualt");
    }

    @Test
    void codeMustBeLowerCaseAndMatchTheFileName() {
        assertProblem("phq9", d -> d.put("code", "PHQ-9"), "code 'PHQ-9' must be lower-case");
        assertProblem("phq9", d -> d.put("code", "phq8"), "file name must be phq8.json");
    }

    @Test
    void codesMustBeUniqueAcrossFiles() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("a/instruments/phq9.json", source("phq9"));
        sources.put("b/instruments/phq9.json", source("phq9"));
        assertThatThrownBy(() -> InstrumentCatalog.fromJson(sources))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining("b/instruments/phq9.json")
                .hasMessageContaining("code 'phq9' is already defined by a/instruments/phq9.json");
    }

    @Test
    void itemsMustBeNumberedOneToN() {
        assertProblem(
                "phq9",
                d -> obj(arr(d, "items").get(2)).put("number", 7),
                "items must be numbered 1..9 in order; position 3 has number 7");
        assertProblem("phq9", d -> arr(d, "items").remove(0), "position 1 has number 2");
    }

    @Test
    void optionScoresLabelsAndCodesMustBeDistinct() {
        assertProblem(
                "phq9",
                d -> obj(arr(d, "answerOptions").get(1)).put("score", 0),
                "answerOptions: option scores must be distinct; 0 appears twice");
        assertProblem(
                "phq9",
                d -> obj(arr(d, "answerOptions").get(1)).put("label", "Not at all"),
                "option labels must be distinct");
        assertProblem(
                "phq9",
                d -> obj(arr(obj(arr(d, "unscoredItems").get(0)), "options").get(3))
                        .put("score", 2),
                "unscoredItems[0].options: option scores must be distinct");
    }

    @Test
    void bandsMustCoverTheRangeWithoutGaps() {
        assertProblem("phq9", d -> obj(arr(d, "bands").get(1)).put("min", 6), "bands leave a gap: no band covers 5..5");
    }

    @Test
    void bandsMustNotOverlap() {
        assertProblem(
                "phq9",
                d -> obj(arr(d, "bands").get(1)).put("min", 4),
                "bands overlap: 'minimal' and 'mild' both cover 4");
    }

    @Test
    void bandsMustStartAtMinimumAndEndAtMaximum() {
        assertProblem(
                "phq9",
                d -> obj(arr(d, "bands").get(0)).put("min", 1),
                "bands must start at the lowest possible total 0 but start at 1");
        assertProblem(
                "phq9",
                d -> obj(arr(d, "bands").get(4)).put("max", 26),
                "bands must end at the highest possible total 27 but end at 26");
        assertProblem("phq9", d -> obj(arr(d, "bands").get(4)).put("max", 28), "end at 28");
    }

    @Test
    void bandMinMustNotExceedMaxAndCodesMustBeUnique() {
        assertProblem("phq9", d -> obj(arr(d, "bands").get(1)).put("max", 3), "'mild' has min 5 greater than max 3");
        assertProblem("phq9", d -> obj(arr(d, "bands").get(1)).put("code", "minimal"), "code 'minimal' appears twice");
    }

    @Test
    void bandsRequiredUnlessBandKindNoneAndForbiddenForCounts() {
        assertProblem(
                "phq9", d -> d.set("bands", JSON.createArrayNode()), "bands are required when bandKind is SEVERITY");
        assertProblem("phq9", d -> d.put("bandKind", "NONE"), "bands must be empty when bandKind is NONE");
        assertProblem("asrs6", d -> d.put("bandKind", "SEVERITY"), "COUNT_IN_RANGE instruments have no bands");
    }

    @Test
    void declaredRangeMustMatchTheItems() {
        assertProblem(
                "phq9",
                d -> obj(d, "totalRange").put("max", 30),
                "totalRange 0..30 does not match the range the items allow, 0..27");
        assertProblem(
                "who5",
                d -> obj(d, "scaledRange").put("max", 96),
                "scaledRange 0..96 does not match totalRange x factor, 0..100");
        assertProblem("who5", d -> obj(d, "scoring").remove("factor"), "scoring.factor must be a positive integer");
        assertProblem("who5", d -> d.remove("scaledRange"), "scaledRange is required for SUM_TIMES");
        assertProblem(
                "phq9",
                d -> d.set("scaledRange", obj(JSON.readTree("{\"min\":0,\"max\":108}"))),
                "scaledRange is only allowed for SUM_TIMES");
        assertProblem(
                "asrs6", d -> obj(d, "totalRange").put("max", 5), "does not match the range the items allow, 0..6");
    }

    @Test
    void countRulesMustCoverEachItemOnceWithValidThresholds() {
        assertProblem(
                "asrs6",
                d -> arr(obj(arr(obj(d, "scoring"), "countRules").get(1)), "items")
                        .add(1),
                "item 1 is counted by more than one rule");
        assertProblem(
                "asrs6",
                d -> arr(obj(arr(obj(d, "scoring"), "countRules").get(1)), "items")
                        .remove(2),
                "must cover every item exactly once; covered 5 of 6");
        assertProblem(
                "asrs6",
                d -> obj(arr(obj(d, "scoring"), "countRules").get(0)).put("atLeast", 7),
                "atLeast 7 is not an answer score of item 1");
        assertProblem(
                "asrs6",
                d -> arr(obj(arr(obj(d, "scoring"), "countRules").get(0)), "items")
                        .add(9),
                "refers to item 9 but items are numbered 1..6");
        assertProblem("asrs6", d -> obj(d, "scoring").remove("countRules"), "scoring.countRules are required");
    }

    @Test
    void criticalItemsMustExistAndUseRealAnswers() {
        assertProblem(
                "phq9",
                d -> obj(arr(d, "criticalItems").get(0)).put("item", 10),
                "criticalItems: item 10 does not exist (items are 1..9)");
        assertProblem(
                "phq9",
                d -> obj(obj(arr(d, "criticalItems").get(0)), "riskByAnswer").put("4", "HIGH"),
                "criticalItems: item 9 has no answer with score 4");
        assertProblem(
                "phq9",
                d -> obj(arr(d, "criticalItems").get(0)).set("riskByAnswer", JSON.createObjectNode()),
                "criticalItems[0].riskByAnswer is required");
    }

    @Test
    void cutoffsMustBeOnAScaleTheInstrumentHasAndWithinRange() {
        assertProblem(
                "phq9",
                d -> obj(d, "caseness").put("threshold", 30),
                "caseness.threshold 30 is outside the possible RAW range 0..27");
        assertProblem(
                "phq9",
                d -> obj(d, "caseness").put("scale", "SCALED"),
                "caseness.scale SCALED does not apply to SUM scoring");
        assertProblem(
                "asrs6",
                d -> obj(d, "caseness").put("scale", "RAW"),
                "caseness.scale RAW does not apply to COUNT_IN_RANGE scoring");
        assertProblem(
                "who5", d -> obj(d, "caseness").put("anyItemAtMost", 9), "anyItemAtMost 9 is not an answer score");
        assertProblem(
                "gad7", d -> obj(arr(d, "otherCutoffs").get(0)).put("threshold", 22), "otherCutoffs[0].threshold 22");
    }

    @Test
    void changeParametersMustBeUsable() {
        assertProblem(
                "phq9",
                d -> obj(obj(d, "change"), "reliability").put("value", 1.2),
                "change.reliability.value must be between 0 and 1");
        assertProblem(
                "phq9",
                d -> obj(d, "change").putObject("sd").put("value", 0).put("source", "a practice's own audit"),
                "change.sd.value must be positive");
        assertProblem(
                "phq9",
                d -> obj(obj(d, "change"), "caseness").put("scale", "SCALED"),
                "change.caseness.scale must equal change.scale RAW");
        assertProblem("phq9", d -> obj(d, "change").put("scale", "SCALED"), "change.scale SCALED needs SUM_TIMES");
        assertProblem(
                "who5",
                d -> obj(d, "change").put("responseReductionPercent", 50),
                "responseReductionPercent is only defined when higher is worse");
        assertProblem(
                "phq9",
                d -> obj(d, "change").put("responseReductionPercent", 150),
                "change.responseReductionPercent must be 1..100");
        assertProblem(
                "asrs6",
                d -> d.set("change", obj(obj(JSON.readTree(source("phq9"))), "change")),
                "change is not defined for counts");
    }

    @Test
    void licensedInstrumentsMustNotBeEnabledByDefault() {
        assertProblem(
                "asrs6",
                d -> d.put("enabledByDefault", true),
                "enabledByDefault must be false when licence.requiresLicence is true");
    }

    @Test
    void malformedJsonNamesTheFile() {
        assertThatThrownBy(() -> loader.load("instruments/phq9.json", "{ not json"))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith("instruments/phq9.json: cannot be read");
        assertThatThrownBy(() -> loader.load("instruments/phq9.json", ""))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith("instruments/phq9.json");
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheFile() {
        ObjectNode d = tree("phq9");
        obj(arr(d, "bands").get(1)).put("min", 6);
        obj(arr(d, "criticalItems").get(0)).put("item", 12);
        assertThatThrownBy(() -> loader.load("instruments/phq9.json", JSON.writeValueAsString(d)))
                .isInstanceOfSatisfying(InstrumentDefinitionException.class, e -> {
                    assertThat(e.source()).isEqualTo("instruments/phq9.json");
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).startsWith("instruments/phq9.json: ");
                });
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void assertProblem(String code, Consumer<ObjectNode> breakIt, String expected) {
        ObjectNode d = tree(code);
        breakIt.accept(d);
        String name = "instruments/" + code + ".json";
        assertThatThrownBy(() -> loader.load(name, JSON.writeValueAsString(d)))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(expected);
    }

    private static ObjectNode tree(String code) {
        return (ObjectNode) JSON.readTree(source(code));
    }

    private static ObjectNode obj(Object node) {
        return (ObjectNode) node;
    }

    private static ObjectNode obj(ObjectNode parent, String field) {
        return (ObjectNode) parent.get(field);
    }

    private static ArrayNode arr(ObjectNode parent, String field) {
        return (ArrayNode) parent.get(field);
    }

    private static String source(String code) {
        try (InputStream in = DefinitionValidatorTest.class.getResourceAsStream("/instruments/" + code + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
