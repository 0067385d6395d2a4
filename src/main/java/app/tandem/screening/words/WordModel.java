package app.tandem.screening.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Word evidence: two logistic models over the words and word pairs of a text (tf-idf weighted, as
 * {@link WordFeatures} reads them), trained on Tandem's own labelled corpus. One gives the probability that a
 * text like this one showed risk for its writer (any level), the other that it showed at least MODERATE risk
 * (active thoughts, a method, intent, a plan, an act); each names the words that pushed that way, so every
 * judgement it adds can be explained. The weights are data ({@code screening/words/word-model.tsv}): one line
 * per term, highest weight first, readable and reproducible from the corpus.
 *
 * @param riskIntercept the bias of the any-risk model
 * @param activeIntercept the bias of the at-least-MODERATE model
 * @param terms each known term's inverse document frequency and weights
 * @param thresholds the probabilities at which the screener acts on it
 * @param fingerprint the first hex digits of the model file's SHA-256, part of the screener's version
 */
public record WordModel(
        double riskIntercept,
        double activeIntercept,
        Map<String, TermWeight> terms,
        Thresholds thresholds,
        String fingerprint) {

    /** Where the built-in model lives on the classpath. */
    public static final String RESOURCE = "screening/words/word-model.tsv";

    /**
     * A known term: its inverse document frequency in the training texts and its weight in each model.
     *
     * @param idf inverse document frequency
     * @param risk weight towards any risk (negative: away from it)
     * @param active weight towards at least MODERATE risk
     */
    public record TermWeight(double idf, double risk, double active) {}

    /**
     * When the screener acts on a probability.
     *
     * @param raise from this probability of risk a text is at least LOW
     * @param active from this probability of at least MODERATE risk, with {@code raise} met, the text is MODERATE
     * @param discount below this probability of risk a LOW or MODERATE finding of the rules is discounted (HIGH
     *     never is)
     */
    public record Thresholds(double raise, double active, double discount) {}

    /** Terms in more texts than this idf says (words such as "i", "it", "be") weigh but are not shown as reasons. */
    static final double COMMON_IDF = 3.0;

    /**
     * One term's push towards risk (positive) or away from it, where it first occurs in the text.
     *
     * @param common true for a word in so many texts (such as "i" or "it") that it explains little by itself
     */
    public record Contribution(String term, double value, int start, int end, boolean common) {}

    /**
     * The model's reading of one text.
     *
     * @param probability how likely a text like this showed risk for its writer, 0-1
     * @param active how likely a text like this showed at least MODERATE risk, 0-1
     * @param known how many of the text's terms the model knows
     * @param contributions each known term's push towards any risk, strongest towards risk first
     */
    public record Weighing(double probability, double active, int known, List<Contribution> contributions) {

        /** The telling terms that pushed towards risk, strongest first, at most {@code max}. */
        public List<Contribution> towardsRisk(int max) {
            List<Contribution> telling = contributions.stream()
                    .filter(c -> c.value() > 0 && !c.common())
                    .limit(max)
                    .toList();
            return telling.isEmpty()
                    ? contributions.stream()
                            .filter(c -> c.value() > 0)
                            .limit(max)
                            .toList()
                    : telling;
        }
    }

    /** Reads {@code text}. */
    public Weighing weigh(String text) {
        List<WordFeatures.Term> features = WordFeatures.of(text);
        double norm = 0;
        List<WordFeatures.Term> knownTerms = new ArrayList<>();
        double[] values = new double[features.size()];
        for (WordFeatures.Term f : features) {
            TermWeight t = terms.get(f.term());
            if (t != null) {
                double v = (1 + Math.log(f.count())) * t.idf();
                values[knownTerms.size()] = v;
                knownTerms.add(f);
                norm += v * v;
            }
        }
        norm = Math.sqrt(norm);
        double z = riskIntercept;
        double za = activeIntercept;
        List<Contribution> contributions = new ArrayList<>(knownTerms.size());
        for (int i = 0; i < knownTerms.size(); i++) {
            WordFeatures.Term f = knownTerms.get(i);
            TermWeight t = terms.get(f.term());
            double c = t.risk() * values[i] / norm;
            z += c;
            za += t.active() * values[i] / norm;
            contributions.add(new Contribution(f.term(), c, f.start(), f.end(), t.idf() < COMMON_IDF));
        }
        contributions.sort(Comparator.comparingDouble(Contribution::value).reversed());
        return new Weighing(sigmoid(z), sigmoid(za), knownTerms.size(), contributions);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Reads the model file format (see the built-in file's header). */
    public static WordModel read(InputStream in) {
        Map<String, String> settings = new HashMap<>();
        Map<String, TermWeight> terms = new HashMap<>();
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new DigestInputStream(in, sha256), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length == 2) {
                    settings.put(cells[0], cells[1]);
                } else if (cells.length == 4) {
                    terms.put(
                            cells[0],
                            new TermWeight(
                                    Double.parseDouble(cells[1]),
                                    Double.parseDouble(cells[2]),
                                    Double.parseDouble(cells[3])));
                } else {
                    throw new IllegalArgumentException("word model line " + number + ": expected 2 or 4 cells");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordModel(
                number(settings, "risk-intercept"),
                number(settings, "active-intercept"),
                Map.copyOf(terms),
                new Thresholds(number(settings, "raise"), number(settings, "active"), number(settings, "discount")),
                HexFormat.of().formatHex(sha256.digest()).substring(0, 8));
    }

    /** The built-in model. */
    public static WordModel builtIn() {
        try (InputStream in = WordModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null) {
            throw new IllegalArgumentException("word model: missing setting " + name);
        }
        return Double.parseDouble(value);
    }
}
