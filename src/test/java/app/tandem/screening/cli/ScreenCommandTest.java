package app.tandem.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen command on temporary JSON Lines files. */
class ScreenCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScreenCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path input(String jsonl) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, jsonl);
        return in;
    }

    @Test
    void writesLevelRulesAndVersionWithoutTheText() throws IOException {
        Path in = input("""
                {"id":"a","text":"I have pills saved up and I am going to take them tonight."}
                {"id":"b","text":"this exam is killing me"}
                {"id":"c","text":"lovely walk today"}
                """);
        Path outFile = dir.resolve("out.jsonl");

        assertThat(run("screen", "--input", in.toString(), "--output", outFile.toString()))
                .isZero();

        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .contains("\"id\":\"a\"", "\"level\":\"HIGH\"", "\"rules\":[\"", "\"rulesVersion\":\"2.0+")
                .doesNotContain("pills", "\"text\"");
        assertThat(lines.get(1)).contains("\"level\":\"NONE\"");
        assertThat(lines.get(2)).contains("\"level\":\"NONE\"", "\"rules\":[]");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("screened 3 texts");
    }

    @Test
    void explainListsEveryFindingWithItsWordsCuesAndOffsets() throws IOException {
        Path in = input("""
                {"id":"x","text":"my sister said she wants to die"}
                """);
        Path outFile = dir.resolve("out.jsonl");

        assertThat(run("screen", "--input", in.toString(), "--output", outFile.toString(), "--explain"))
                .isZero();

        String line = Files.readAllLines(outFile).get(0);
        assertThat(line)
                .contains("\"level\":\"NONE\"", "\"findings\":[{", "\"discounted\":true", "\"matched\":\"")
                .contains("someone else", "\"start\":", "\"end\":");
    }

    @Test
    void labelsModePrintsRecallPrecisionAndConfusion() throws IOException {
        Path in = input("""
                {"id":"1","text":"i want to die","label":"LOW"}
                {"id":"2","text":"i cut again last night","label":"MODERATE"}
                {"id":"3","text":"nice day","label":"NONE"}
                """);
        assertThat(run(
                        "screen",
                        "--input",
                        in.toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString(),
                        "--labels"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("recall", "precision", "confusion", "MODERATE");
    }

    @Test
    void aCopyOfTheRulesCanBeTriedWithRules() throws IOException {
        Path rules = dir.resolve("rules-copy");
        Files.createDirectories(rules.resolve("rules"));
        Files.writeString(rules.resolve("cues.yaml"), resource("cues.yaml"));
        Files.writeString(rules.resolve("lexicon.yaml"), resource("lexicon.yaml"));
        Files.writeString(rules.resolve("rules/10-ghost.yaml"), """
                rules:
                  - id: passive.ghost
                    category: passive-ideation
                    level: LOW
                    rationale: A practice's own wording, tried before it ships.
                    patterns: ["{want} [to] (be|become) a ghost"]
                    respects: [negation, other-person]
                    examples: {match: ["i want to be a ghost"]}
                """);
        Path in = input("""
                {"id":"g","text":"i just want to be a ghost"}
                """);
        Path outFile = dir.resolve("o.jsonl");

        assertThat(run("screen", "--input", in.toString(), "--output", outFile.toString(), "--rules", rules.toString()))
                .isZero();
        assertThat(Files.readAllLines(outFile).get(0)).contains("\"level\":\"LOW\"", "passive.ghost");
    }

    @Test
    void brokenRulesAreAUsageErrorThatNamesTheProblem() throws IOException {
        Path rules = dir.resolve("broken");
        Files.createDirectories(rules.resolve("rules"));
        Files.writeString(rules.resolve("cues.yaml"), resource("cues.yaml"));
        Files.writeString(rules.resolve("lexicon.yaml"), resource("lexicon.yaml"));
        Files.writeString(rules.resolve("rules/10-bad.yaml"), "rules:\n  - id: bad\n    patterns: [\"{nope}\"]\n");
        Path in = input("{\"text\":\"hi\"}\n");

        assertThat(run(
                        "screen",
                        "--input",
                        in.toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString(),
                        "--rules",
                        rules.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rules/10-bad.yaml", "rationale is missing");
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndTheRestIsScreened() throws IOException {
        Path in = input("{\"id\":\"1\",\"text\":\"ok\"}\n{not json\n{\"id\":\"3\"}\n");
        Path outFile = dir.resolve("o.jsonl");
        assertThat(run("screen", "--input", in.toString(), "--output", outFile.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(":2: not valid JSON", ":3: expected an object with a string \"text\"");
        assertThat(Files.readAllLines(outFile)).hasSize(1);
    }

    @Test
    void missingFileAndMissingArgumentsAreUsageErrors() {
        assertThat(run(
                        "screen",
                        "--input",
                        dir.resolve("nope.jsonl").toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not found");
        assertThat(run("screen", "--input")).isEqualTo(2);
        assertThat(run("screen", "--bogus")).isEqualTo(2);
        assertThat(run("screen")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: screen");
    }

    private static String resource(String name) throws IOException {
        try (var in = ScreenCommandTest.class.getResourceAsStream("/screening/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
