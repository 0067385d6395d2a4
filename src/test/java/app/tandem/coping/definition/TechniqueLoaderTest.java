package app.tandem.coping.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.coping.GuideKind;
import app.tandem.coping.Technique;
import app.tandem.coping.TechniqueCatalog;
import app.tandem.coping.TechniqueDefinitionException;
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

/** Each validation rule of a technique definition, exercised by breaking one shipped file in one way. */
class TechniqueLoaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TechniqueLoader loader = new TechniqueLoader();

    @Test
    void shipsTheNineDefinedTechniquesInTheirOrder() {
        TechniqueCatalog catalog = TechniqueCatalog.loadDefault();
        assertThat(catalog.all())
                .extracting(Technique::id)
                .containsExactly(
                        "paced-breathing",
                        "grounding-54321",
                        "muscle-relaxation",
                        "tipp",
                        "self-compassion-break",
                        "urge-surfing",
                        "worry-postponement",
                        "thought-record",
                        "one-small-step");
        Technique breathing = catalog.find("paced-breathing").orElseThrow();
        assertThat(breathing.guide()).isEqualTo(GuideKind.PACER);
        assertThat(breathing.pacer().lengths()).containsExactly(1, 3, 5);
        assertThat(breathing.pacer().patterns())
                .extracting(Technique.Pattern::id)
                .containsExactly("resonance", "sigh", "box", "4-7-8");
        // about 5.5 breaths a minute
        assertThat(60 / breathing.pacer().pattern("resonance").orElseThrow().cycleSeconds())
                .isBetween(5.4, 5.6);
        assertThat(catalog.find("thought-record").orElseThrow().fields()).hasSize(8);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertProblem("tipp", d -> d.remove("title"), "title is required");
        assertProblem("tipp", d -> d.remove("order"), "order is required");
        assertProblem("tipp", d -> d.putArray("sources"), "sources must list at least one");
        assertProblem("tipp", d -> d.putArray("steps"), "steps must list at least one");
        assertProblem("tipp", d -> step(d, 1).put("text", " "), "steps[1].text is required");
        assertProblem("tipp", d -> step(d, 0).remove("seconds"), "steps[0].seconds is required");
    }

    @Test
    void unknownFieldIsRejectedSoTyposCannotSlipThrough() {
        assertProblem("tipp", d -> d.put("minuts", 5), "minuts");
    }

    @Test
    void idMustBeLowerCaseAndMatchTheFileName() {
        assertProblem("tipp", d -> d.put("id", "TIPP"), "id 'TIPP' must be lower-case");
        assertProblem("tipp", d -> d.put("id", "tipp-two"), "file name must be tipp-two.json");
    }

    @Test
    void helpsWithAndGuideAndMinutesComeFromFixedLists() {
        assertProblem("tipp", d -> arr(d, "helpsWith").add("sleep"), "helpsWith 'sleep' must be one of");
        assertProblem("tipp", d -> d.put("guide", "video"), "guide 'video' must be one of pacer, steps, form");
        assertProblem("tipp", d -> d.put("minutes", 0), "minutes must be between 1 and 60");
        assertProblem("tipp", d -> step(d, 0).put("seconds", 4000), "steps[0].seconds must be between 0 and 1800");
    }

    @Test
    void aPacerNeedsPatternsThatBreatheOutWithSensiblePhases() {
        assertProblem("paced-breathing", d -> d.remove("pacer"), "pacer is required with guide 'pacer'");
        assertProblem("tipp", d -> d.putObject("pacer"), "pacer is only allowed with guide 'pacer'");
        assertProblem("paced-breathing", d -> pacer(d).putArray("patterns"), "pacer.patterns must list at least one");
        assertProblem("paced-breathing", d -> pacer(d).putArray("lengths"), "pacer.lengths must list at least one");
        assertProblem(
                "paced-breathing",
                d -> arr(pacer(d), "lengths").add(90),
                "pacer.lengths must be minutes between 1 and 60");
        assertProblem(
                "paced-breathing",
                d -> phase(d, 0, 0).put("phase", "sniff"),
                "pacer.patterns[0].phases[0].phase 'sniff' must be one of in, top-up, hold, out");
        assertProblem(
                "paced-breathing",
                d -> phase(d, 2, 1).put("seconds", 0),
                "pacer.patterns[2].phases[1].seconds must be above 0");
        assertProblem(
                "paced-breathing",
                d -> phase(d, 0, 1).put("phase", "hold"),
                "pacer.patterns[0].phases must include a breath out");
        assertProblem(
                "paced-breathing",
                d -> ((ObjectNode) arr(pacer(d), "patterns").get(1)).put("id", "resonance"),
                "pacer.patterns[1].id 'resonance' is used by another pattern");
    }

    @Test
    void fieldsHaveUniqueKeysAndAKnownKind() {
        assertProblem(
                "thought-record",
                d -> field(d, 1).put("key", "situation"),
                "steps[1].field.key 'situation' is used by another step");
        assertProblem("thought-record", d -> field(d, 0).put("kind", "date"), "steps[0].field.kind 'date' must be");
        assertProblem(
                "thought-record", d -> field(d, 3).remove("max"), "steps[3].field is a scale and needs min and max");
        assertProblem("thought-record", d -> field(d, 3).put("min", 100), "steps[3].field.min must be below max");
        assertProblem("thought-record", d -> field(d, 0).put("min", 1), "steps[0].field is text and takes no min");
        assertProblem(
                "worry-postponement",
                d -> {
                    step(d, 0).remove("field");
                    step(d, 1).remove("field");
                },
                "guide 'form' needs at least one step with a field");
    }

    @Test
    void twoFilesWithTheSameIdAreRejected() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("a/tipp.json", source("tipp"));
        sources.put("b/tipp.json", source("tipp"));
        assertThatThrownBy(() -> loader.loadAll(sources))
                .isInstanceOf(TechniqueDefinitionException.class)
                .hasMessageContaining("id 'tipp' is already defined by a/tipp.json");
    }

    @Test
    void brokenJsonAndEmptyFilesNameTheFile() {
        assertThatThrownBy(() -> loader.load("coping/tipp.json", "{\"id\": "))
                .isInstanceOf(TechniqueDefinitionException.class)
                .hasMessageStartingWith("coping/tipp.json: cannot be read");
        assertThatThrownBy(() -> loader.loadAll("classpath*:no-such-dir/*.json"))
                .isInstanceOf(TechniqueDefinitionException.class)
                .hasMessageContaining("no technique definitions found");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> loader.load("coping/tipp.json", edited("tipp", d -> {
                    d.put("guide", "video");
                    d.put("minutes", 0);
                })))
                .isInstanceOfSatisfying(
                        TechniqueDefinitionException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }

    private void assertProblem(String id, Consumer<ObjectNode> edit, String expected) {
        assertThatThrownBy(() -> loader.load("coping/" + id + ".json", edited(id, edit)))
                .isInstanceOf(TechniqueDefinitionException.class)
                .hasMessageContaining(expected);
    }

    private static String edited(String id, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) JSON.readTree(source(id));
        edit.accept(tree);
        return JSON.writeValueAsString(tree);
    }

    private static String source(String id) {
        try (InputStream in = TechniqueLoaderTest.class.getResourceAsStream("/coping/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode arr(ObjectNode node, String name) {
        return (ArrayNode) node.get(name);
    }

    private static ObjectNode step(ObjectNode d, int i) {
        return (ObjectNode) arr(d, "steps").get(i);
    }

    private static ObjectNode field(ObjectNode d, int i) {
        return (ObjectNode) step(d, i).get("field");
    }

    private static ObjectNode pacer(ObjectNode d) {
        return (ObjectNode) d.get("pacer");
    }

    private static ObjectNode phase(ObjectNode d, int pattern, int phase) {
        return (ObjectNode) arr((ObjectNode) arr(pacer(d), "patterns").get(pattern), "phases")
                .get(phase);
    }
}
