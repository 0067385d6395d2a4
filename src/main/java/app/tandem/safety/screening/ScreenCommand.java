package app.tandem.safety.screening;

import app.tandem.safety.RiskLevel;
import app.tandem.safety.RiskScreener;
import app.tandem.safety.Screening;
import app.tandem.safety.ScreeningReason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Command-line screening of a JSON Lines file, without Spring:
 * {@code screen --input in.jsonl --output out.jsonl [--labels]}. Output carries the level and reasons but never the
 * screened text or sentence.
 */
public final class ScreenCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: screen --input in.jsonl --output out.jsonl [--labels]";

    private ScreenCommand() {
    }

    /** Parsed command-line options. */
    record Options(Path input, Path output, boolean labels) {
    }

    /** Runs the command; {@code args[0]} is "screen". Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("screen: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!Files.isRegularFile(options.input())) {
            err.println("screen: input file not found: " + options.input());
            return USAGE;
        }
        try {
            return screenFile(options, out, err);
        } catch (NoSuchFileException e) {
            err.println("screen: cannot write output, directory not found: " + e.getFile());
            return USAGE;
        } catch (IOException e) {
            err.println("screen: I/O error: " + e.getMessage());
            return FAILED;
        }
    }

    static Options parse(String[] args) {
        Path input = null;
        Path output = null;
        boolean labels = false;
        int i = args.length > 0 && args[0].equals("screen") ? 1 : 0;
        for (; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = Path.of(value(args, ++i, "--input"));
                case "--output" -> output = Path.of(value(args, ++i, "--output"));
                case "--labels" -> labels = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("missing --input");
        }
        if (output == null) {
            throw new IllegalArgumentException("missing --output");
        }
        return new Options(input, output, labels);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int screenFile(Options o, PrintStream out, PrintStream err) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        RiskScreener screener = new RiskScreener();
        Confusion confusion = new Confusion();
        int lineNo = 0;
        int screened = 0;
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(o.input(), StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(o.output(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JacksonException e) {
                    err.println("screen: " + o.input() + ":" + lineNo + ": not valid JSON");
                    bad++;
                    continue;
                }
                JsonNode text = node == null || !node.isObject() ? null : node.get("text");
                if (text == null || !text.isString()) {
                    err.println("screen: " + o.input() + ":" + lineNo + ": expected an object with a string \"text\"");
                    bad++;
                    continue;
                }
                Screening s = screener.screen(text.stringValue());
                w.write(mapper.writeValueAsString(result(mapper, node.get("id"), s)));
                w.newLine();
                screened++;
                if (o.labels()) {
                    JsonNode label = node.get("label");
                    RiskLevel expected = label == null ? null : level(label.asString());
                    if (expected == null) {
                        err.println("screen: " + o.input() + ":" + lineNo + ": --labels needs \"label\" NONE|LOW|MODERATE|HIGH");
                        bad++;
                    } else {
                        confusion.add(expected, s.level());
                    }
                }
            }
        }
        out.println("screened " + screened + " texts" + (bad > 0 ? ", " + bad + " lines skipped (see errors)" : ""));
        if (o.labels()) {
            out.print(confusion.report());
        }
        return bad > 0 ? FAILED : OK;
    }

    private static RiskLevel level(String s) {
        try {
            return RiskLevel.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ObjectNode result(JsonMapper mapper, JsonNode id, Screening s) {
        ObjectNode o = mapper.createObjectNode();
        if (id != null) {
            o.set("id", id);
        } else {
            o.putNull("id");
        }
        o.put("level", s.level().name());
        ArrayNode reasons = o.putArray("reasons");
        for (ScreeningReason r : s.reasons()) {
            ObjectNode rn = reasons.addObject();
            rn.put("rule", r.rule());
            rn.put("level", r.level().name());
            rn.put("matched", r.matched());
            ArrayNode cues = rn.putArray("cues");
            r.cues().forEach(cues::add);
        }
        return o;
    }

    /** Confusion matrix with recall and precision per level, for labelled input. */
    static final class Confusion {
        private final Map<RiskLevel, Map<RiskLevel, Integer>> counts = new EnumMap<>(RiskLevel.class);

        void add(RiskLevel label, RiskLevel screened) {
            counts.computeIfAbsent(label, k -> new EnumMap<>(RiskLevel.class)).merge(screened, 1, Integer::sum);
        }

        int count(RiskLevel label, RiskLevel screened) {
            return counts.getOrDefault(label, Map.of()).getOrDefault(screened, 0);
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-10s %8s %10s %8s%n", "level", "recall", "precision", "support"));
            for (RiskLevel l : RiskLevel.values()) {
                int tp = count(l, l);
                int support = 0;
                int predicted = 0;
                for (RiskLevel o : RiskLevel.values()) {
                    support += count(l, o);
                    predicted += count(o, l);
                }
                sb.append(String.format("%-10s %8s %10s %8d%n", l, ratio(tp, support), ratio(tp, predicted), support));
            }
            int riskLabelled = 0;
            int riskCaught = 0;
            int modLabelled = 0;
            int modCaught = 0;
            for (RiskLevel l : RiskLevel.values()) {
                for (RiskLevel o : RiskLevel.values()) {
                    int c = count(l, o);
                    if (l.isAtLeast(RiskLevel.LOW)) {
                        riskLabelled += c;
                        riskCaught += o.isAtLeast(RiskLevel.LOW) ? c : 0;
                    }
                    if (l.isAtLeast(RiskLevel.MODERATE)) {
                        modLabelled += c;
                        modCaught += o.isAtLeast(RiskLevel.MODERATE) ? c : 0;
                    }
                }
            }
            sb.append("recall any risk (LOW+ at LOW+): ").append(ratio(riskCaught, riskLabelled)).append('\n');
            sb.append("recall MODERATE+ (at MODERATE+): ").append(ratio(modCaught, modLabelled)).append('\n');
            sb.append("confusion (rows = label, columns = screened)\n");
            sb.append(String.format("%-10s", ""));
            for (RiskLevel o : RiskLevel.values()) {
                sb.append(String.format("%10s", o));
            }
            sb.append('\n');
            for (RiskLevel l : RiskLevel.values()) {
                sb.append(String.format("%-10s", l));
                for (RiskLevel o : RiskLevel.values()) {
                    sb.append(String.format("%10d", count(l, o)));
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        private static String ratio(int n, int d) {
            return d == 0 ? "n/a" : String.format("%.3f", (double) n / d);
        }
    }
}
