package app.tandem.screening.corpus;

import app.tandem.screening.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening corpus: texts written for Tandem (never taken from public datasets), each labelled with
 * the level for its writer and a category, in {@code src/test/resources/screening/corpus/*.jsonl}. A
 * quarter is held out by a stable hash of the text, so the split does not depend on line order and a
 * text keeps its side when files are edited.
 */
public final class Corpus {

    /** No-risk categories that a naive keyword screener would flag; the false-positive goal is about these. */
    private static final Set<String> EASY_NEGATIVES = Set.of("everyday", "legacy-plain-none");

    /** One labelled text. */
    public record Entry(RiskLevel level, String category, String voice, String text, String file, boolean heldOut) {

        public boolean isRisk() {
            return level.isAtLeast(RiskLevel.LOW);
        }

        public boolean isHardNegative() {
            return level == RiskLevel.NONE && !EASY_NEGATIVES.contains(category);
        }

        public boolean isLong() {
            return text.length() >= 300;
        }
    }

    private Corpus() {}

    /** Every entry of the corpus files matching {@code pattern} (e.g. {@code screening/corpus/*.jsonl}). */
    public static List<Entry> load(String pattern) {
        JsonMapper json = JsonMapper.builder().build();
        List<Entry> entries = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode n = json.readTree(line);
                        String text = n.get("text").asString();
                        entries.add(new Entry(
                                RiskLevel.valueOf(n.get("level").asString()),
                                n.get("category").asString(),
                                n.get("voice").asString(),
                                text,
                                file.getFilename(),
                                heldOut(text)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The labelled corpus used for development and the held-out test. */
    public static List<Entry> standard() {
        return load("screening/corpus/*.jsonl");
    }

    /** A quarter of the texts, chosen by a hash of the text itself. */
    static boolean heldOut(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 3) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
