package app.tandem.screening;

import app.tandem.screening.analysis.Analyzer;
import app.tandem.screening.rules.RuleLoader;
import app.tandem.screening.rules.RuleSet;
import app.tandem.screening.words.WordEvidence;
import app.tandem.screening.words.WordModel;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Explainable risk screener for free text. Its rules are data (the YAML files under {@code screening/} on
 * the classpath, or a clinical lead's edited copy in the directory set by {@code tandem.screening.rules-dir}),
 * validated when the application starts: a bad file stops it with a message naming every problem. The rules'
 * reading is then weighed against a word model trained on Tandem's own corpus ({@link WordEvidence}, ADR
 * 0026), which names the words it weighed in every finding it adds or discounts. Thread-safe; never logs the
 * text it screens.
 */
@Component
public class RiskScreener {

    private final Analyzer analyzer;
    private final WordEvidence words;
    private final String version;

    @Autowired
    public RiskScreener(@Value("${tandem.screening.rules-dir:}") String rulesDirectory) {
        this(
                rulesDirectory == null || rulesDirectory.isBlank()
                        ? RuleLoader.fromClasspath()
                        : RuleLoader.fromDirectory(Path.of(rulesDirectory)));
    }

    /** A screener with the given rules and the built-in word model (tests, the command line). */
    public RiskScreener(RuleSet rules) {
        this(rules, new WordEvidence(WordModel.builtIn()));
    }

    private RiskScreener(RuleSet rules, WordEvidence words) {
        this.analyzer = new Analyzer(rules);
        this.words = words;
        this.version = rules.version() + "+words." + words.model().fingerprint();
    }

    /** A screener with the built-in rules. */
    public static RiskScreener standard() {
        return new RiskScreener(RuleLoader.fromClasspath());
    }

    /** Screens one text; null or blank text screens as NONE. */
    public Screening screen(String text) {
        Screening screened = CredibleDenial.weigh(words.weigh(analyzer.screen(text), text));
        return new Screening(screened.level(), screened.findings(), version);
    }

    /** Screens one text with the rules alone, the word model left out (for comparing the two). */
    public Screening screenByRules(String text) {
        return analyzer.screen(text);
    }

    /** The rules in use (for the command line and tests). */
    public app.tandem.screening.rules.RuleSet rules() {
        return analyzer.rules();
    }

    /** Ids of the rules whose patterns match {@code text} before context is weighed (for testing examples). */
    public java.util.Set<String> matchingRules(String text) {
        return analyzer.matchingRules(text);
    }

    /** Ids of the evidence rules (weighted word groups) that stand in {@code text} (for testing examples). */
    public java.util.Set<String> standingEvidence(String text) {
        return analyzer.standingEvidence(text);
    }

    /** The version of the rules and word model in use, e.g. {@code 2.0+3f9a1c20+words.81ac03f2}. */
    public String rulesVersion() {
        return version;
    }
}
