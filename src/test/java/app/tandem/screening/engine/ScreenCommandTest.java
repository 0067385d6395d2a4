package app.tandem.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Test
    void writesLevelAndReasonsWithoutTheText() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Path outFile = dir.resolve("out.jsonl");
        Files.writeString(in, """
                {"id":"a","text":"i'm going to kill myself tonight"}
                {"id":"b","text":"this exam is killing me"}
                {"id":"c","text":"lovely walk today"}
                """);
        assertThat(run("screen", "--input", in.toString(), "--output", outFile.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .contains("\"id\":\"a\"", "\"level\":\"HIGH\"", "\"rule\":", "\"matched\":", "\"cues\":[")
                .doesNotContain("sentence")
                .doesNotContain("\"text\"");
        assertThat(lines.get(1)).contains("\"level\":\"NONE\"");
        assertThat(lines.get(2)).contains("\"level\":\"NONE\"", "\"reasons\":[]");
    }

    @Test
    void labelsModePrintsRecallPrecisionAndConfusion() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
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
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("recall", "precision", "confusion", "MODERATE");
    }

    @Test
    void badJsonLineIsReportedWithItsLineNumber() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"1\",\"text\":\"ok\"}\n{not json\n");
        assertThat(run(
                        "screen",
                        "--input",
                        in.toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(":2:", "not valid JSON");
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

    @Test
    void screensTenThousandTextsQuickly() throws IOException {
        Path in = dir.resolve("big.jsonl");
        List<String> lines = new ArrayList<>();
        String[] parts = {
            "work was long and my manager keeps adding tasks, i'm tired but ok.",
            "i keep thinking about how everyone would be better off without me.",
            "went for a walk by the river and it helped a bit, then cooked dinner.",
            "this exam is killing me lol, three more to go before the break.",
            "i'm not suicidal, just exhausted, and i want to talk about sleep next session."
        };
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; sb.length() < 300; k++) {
                sb.append(parts[(i + k) % parts.length]).append(' ');
            }
            lines.add("{\"id\":\"" + i + "\",\"text\":\"" + sb + "\"}");
        }
        Files.write(in, lines);
        long t0 = System.nanoTime();
        assertThat(run(
                        "screen",
                        "--input",
                        in.toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString()))
                .isZero();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(Files.readAllLines(dir.resolve("o.jsonl"))).hasSize(10_000);
        // Generous bound so a loaded CI machine does not flake; typical figures are in bench/screener/README.md.
        assertThat(ms).as("10,000 texts in ms").isLessThan(30_000);
    }
}
