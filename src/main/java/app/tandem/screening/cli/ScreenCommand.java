package app.tandem.screening.cli;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import app.tandem.screening.rules.RuleDefinitionException;
import app.tandem.screening.rules.RuleLoader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Command-line screening of a JSON Lines file, without Spring or a database:
 * {@code screen --input in.jsonl --output out.jsonl [--labels] [--explain] [--rules DIR]}. Each input line is an
 * object with a string {@code "text"} (and {@code "label"} with --labels); each output line carries the level and
 * the rules that stood, with --explain every finding (discounted ones too) with its words, cues and offsets. The
 * output never repeats the screened text. {@code --rules DIR} screens with a clinical lead's edited copy of the
 * rules (cues.yaml, lexicon.yaml, rules/*.yaml) to try a change before it ships.
 */
public final class ScreenCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT =
            "usage: screen --input in.jsonl --output out.jsonl [--labels] [--explain] [--rules DIR]";

    private ScreenCommand() {}

    /** Parsed command-line options. */
    record Options(Path input, Path output, boolean labels, boolean explain, Path rules) {}

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
        RiskScreener screener;
        try {
            screener = new RiskScreener(
                    options.rules() == null ? RuleLoader.fromClasspath() : RuleLoader.fromDirectory(options.rules()));
        } catch (RuleDefinitionException e) {
            err.println("screen: " + e.getMessage());
            return USAGE;
        }
        try {
            return screenFile(options, screener, out, err);
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
        boolean explain = false;
        Path rules = null;
        int i = args.length > 0 && args[0].equals("screen") ? 1 : 0;
        for (; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = Path.of(value(args, ++i, "--input"));
                case "--output" -> output = Path.of(value(args, ++i, "--output"));
                case "--labels" -> labels = true;
                case "--explain" -> explain = true;
                case "--rules" -> rules = Path.of(value(args, ++i, "--rules"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("missing --input");
        }
        if (output == null) {
            throw new IllegalArgumentException("missing --output");
        }
        return new Options(input, output, labels, explain, rules);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    /** Lines screened per batch; a batch is screened in parallel and written in input order. */
    private static final int BATCH = 512;

    /** The outcome of one input line: an output line, or an error message, and the label if asked for. */
    private record LineResult(String output, String error, RiskLevel label, RiskLevel screened) {}

    private static int screenFile(Options o, RiskScreener screener, PrintStream out, PrintStream err)
            throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Confusion confusion = new Confusion();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = threads > 1
                ? Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(r, "screen-worker");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        int[] counts = new int[2]; // screened, bad
        try (BufferedReader in = Files.newBufferedReader(o.input(), StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(o.output(), StandardCharsets.UTF_8)) {
            List<String> batch = new ArrayList<>(BATCH);
            int firstLine = 1;
            String line;
            while (true) {
                line = in.readLine();
                if (line != null) {
                    batch.add(line);
                }
                if (batch.size() == BATCH || line == null && !batch.isEmpty()) {
                    LineResult[] results = screenBatch(batch, firstLine, o, mapper, screener, pool, threads);
                    for (LineResult r : results) {
                        write(r, w, err, confusion, counts);
                    }
                    firstLine += batch.size();
                    batch.clear();
                }
                if (line == null) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        int screened = counts[0];
        int bad = counts[1];
        out.println("screened " + screened + " texts" + (bad > 0 ? ", " + bad + " lines skipped (see errors)" : ""));
        if (o.labels()) {
            out.print(confusion.report());
        }
        return bad > 0 ? FAILED : OK;
    }

    /** Screens a batch on the caller and {@code threads - 1} pool threads, in interleaved slices; results in order. */
    private static LineResult[] screenBatch(
            List<String> batch,
            int firstLine,
            Options o,
            JsonMapper mapper,
            RiskScreener screener,
            ExecutorService pool,
            int threads)
            throws IOException {
        LineResult[] results = new LineResult[batch.size()];
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = 1; pool != null && t < threads; t++) {
            int slice = t;
            futures.add(pool.submit(() -> screenSlice(batch, firstLine, slice, threads, o, mapper, screener, results)));
        }
        screenSlice(batch, firstLine, 0, threads, o, mapper, screener, results);
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("screening failed: " + e.getCause(), e.getCause());
            }
        }
        return results;
    }

    private static void screenSlice(
            List<String> batch,
            int firstLine,
            int slice,
            int slices,
            Options o,
            JsonMapper mapper,
            RiskScreener screener,
            LineResult[] results) {
        for (int i = slice; i < batch.size(); i += slices) {
            results[i] = screenLine(batch.get(i), firstLine + i, o, mapper, screener);
        }
    }

    private static LineResult screenLine(String line, int lineNo, Options o, JsonMapper mapper, RiskScreener screener) {
        if (line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JacksonException e) {
            return new LineResult(null, "screen: " + o.input() + ":" + lineNo + ": not valid JSON", null, null);
        }
        JsonNode text = node == null || !node.isObject() ? null : node.get("text");
        if (text == null || !text.isString()) {
            return new LineResult(
                    null,
                    "screen: " + o.input() + ":" + lineNo + ": expected an object with a string \"text\"",
                    null,
                    null);
        }
        Screening s = screener.screen(text.stringValue());
        String output = mapper.writeValueAsString(result(mapper, node.get("id"), s, o.explain()));
        if (!o.labels()) {
            return new LineResult(output, null, null, s.level());
        }
        JsonNode label = node.get("label");
        RiskLevel expected = label == null ? null : level(label.asString());
        String error = expected == null
                ? "screen: " + o.input() + ":" + lineNo + ": --labels needs \"label\" NONE|LOW|MODERATE|HIGH"
                : null;
        return new LineResult(output, error, expected, s.level());
    }

    private static void write(LineResult r, BufferedWriter w, PrintStream err, Confusion confusion, int[] counts)
            throws IOException {
        if (r == null) {
            return; // blank line
        }
        if (r.output() != null) {
            w.write(r.output());
            w.newLine();
            counts[0]++;
        }
        if (r.error() != null) {
            err.println(r.error());
            counts[1]++;
        } else if (r.label() != null) {
            confusion.add(r.label(), r.screened());
        }
    }

    private static RiskLevel level(String s) {
        try {
            return RiskLevel.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ObjectNode result(JsonMapper mapper, JsonNode id, Screening s, boolean explain) {
        ObjectNode o = mapper.createObjectNode();
        if (id != null) {
            o.set("id", id);
        } else {
            o.putNull("id");
        }
        o.put("level", s.level().name());
        ArrayNode rules = o.putArray("rules");
        s.firing().stream().map(Finding::rule).distinct().forEach(rules::add);
        o.put("rulesVersion", s.rulesVersion());
        if (explain) {
            ArrayNode findings = o.putArray("findings");
            for (Finding f : s.findings()) {
                ObjectNode fn = findings.addObject();
                fn.put("rule", f.rule());
                fn.put("category", f.category());
                fn.put("level", f.level().name());
                fn.put("discounted", f.discounted());
                fn.put("matched", f.matched());
                ArrayNode cues = fn.putArray("cues");
                f.cues().forEach(cues::add);
                fn.put("start", f.start());
                fn.put("end", f.end());
            }
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
            sb.append("recall any risk (LOW+ at LOW+): ")
                    .append(ratio(riskCaught, riskLabelled))
                    .append('\n');
            sb.append("recall MODERATE+ (at MODERATE+): ")
                    .append(ratio(modCaught, modLabelled))
                    .append('\n');
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
