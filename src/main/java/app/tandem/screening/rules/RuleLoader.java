package app.tandem.screening.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the screening rule files: {@code cues.yaml}, {@code lexicon.yaml} and {@code rules/*.yaml},
 * from the classpath (built in) or from a directory (a clinical lead's edited copy), and hands them
 * to {@link RuleSetBuilder}, which validates and compiles them or fails with every problem found.
 */
public final class RuleLoader {

    /** Where the built-in rules live on the classpath. */
    public static final String CLASSPATH_ROOT = "screening/";

    private RuleLoader() {}

    /** The built-in rules. */
    public static RuleSet fromClasspath() {
        PathMatchingResourcePatternResolver resolver =
                new PathMatchingResourcePatternResolver(RuleLoader.class.getClassLoader());
        Map<String, String> sources = new TreeMap<>();
        try {
            for (String pattern : new String[] {"cues.yaml", "lexicon.yaml", "rules/*.yaml"}) {
                for (Resource r : resolver.getResources("classpath*:" + CLASSPATH_ROOT + pattern)) {
                    String name = pattern.startsWith("rules/") ? "rules/" + r.getFilename() : r.getFilename();
                    try (InputStream in = r.getInputStream()) {
                        sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw RuleDefinitionException.unreadable("classpath:" + CLASSPATH_ROOT, e);
        }
        if (sources.isEmpty()) {
            throw RuleDefinitionException.missing("classpath:" + CLASSPATH_ROOT);
        }
        return fromSources(sources);
    }

    /** Rules from a directory laid out like the built-in ones (cues.yaml, lexicon.yaml, rules/). */
    public static RuleSet fromDirectory(Path dir) {
        Map<String, String> sources = new TreeMap<>();
        try {
            read(dir.resolve("cues.yaml"), "cues.yaml", sources);
            read(dir.resolve("lexicon.yaml"), "lexicon.yaml", sources);
            Path rules = dir.resolve("rules");
            if (Files.isDirectory(rules)) {
                try (Stream<Path> files = Files.list(rules)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".yaml"))
                            .sorted()
                            .toList()) {
                        read(f, "rules/" + f.getFileName(), sources);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw RuleDefinitionException.unreadable(dir.toString(), e instanceof IOException io ? io : e);
        }
        if (sources.isEmpty()) {
            throw RuleDefinitionException.missing(dir.toString());
        }
        return fromSources(sources);
    }

    /** Rules from file name to YAML text, e.g. {@code "rules/passive-ideation.yaml" -> "..."}. */
    public static RuleSet fromSources(Map<String, String> sources) {
        return new RuleSetBuilder(new LinkedHashMap<>(new TreeMap<>(sources))).build();
    }

    private static void read(Path file, String name, Map<String, String> sources) throws IOException {
        if (Files.isRegularFile(file)) {
            sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
    }
}
