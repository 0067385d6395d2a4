package app.tandem.screening.words;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.Screening;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the word model's reading is weighed against the rules', with a small hand-made model so each case is
 * plain: "gone" pushes towards risk (and towards active risk), "match" and "team" away from it.
 */
class WordEvidenceTest {

    private static final String TEN_WORDS = "one two three four five six seven eight nine ten";

    private final WordEvidence words =
            new WordEvidence(new WordModel(-1.0, -1.0, terms(), new WordModel.Thresholds(0.6, 0.7, 0.3), "test"));

    private static Map<String, WordModel.TermWeight> terms() {
        Map<String, WordModel.TermWeight> terms = new HashMap<>();
        terms.put("gone", new WordModel.TermWeight(4.0, 40.0, 40.0));
        terms.put("soon", new WordModel.TermWeight(4.0, 2.5, -40.0));
        terms.put("match", new WordModel.TermWeight(4.0, -40.0, -40.0));
        terms.put("team", new WordModel.TermWeight(4.0, -40.0, -40.0));
        for (String neutral : TEN_WORDS.split(" ")) {
            terms.put(neutral, new WordModel.TermWeight(1.0, 0.0, 0.0));
        }
        return terms;
    }

    @Test
    void wordsThatShowRiskRaiseATextNoRuleFlaggedAndNameTheWords() {
        String text = TEN_WORDS + ". I will be gone.";
        Screening s = words.weigh(Screening.none("v"), text);

        assertThat(s.level()).isEqualTo(RiskLevel.MODERATE);
        Finding f = s.findings().get(0);
        assertThat(f.rule()).isEqualTo(WordEvidence.RULE);
        assertThat(f.matched()).isEqualTo("gone");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("gone");
        assertThat(f.sentence()).isEqualTo("I will be gone.");
        assertThat(f.cues()).first().asString().startsWith("words: like texts that showed risk");
        assertThat(f.cues()).anyMatch(c -> c.startsWith("word: \"gone\""));
    }

    @Test
    void riskWithoutSignsOfActiveRiskIsLow() {
        Screening s = words.weigh(Screening.none("v"), TEN_WORDS + " soon");

        assertThat(s.level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aShortTextIsLeftToTheRules() {
        assertThat(words.weigh(Screening.none("v"), "gone soon").level()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void wordsFarFromRiskDiscountALowOrModerateFindingButNeverAHighOne() {
        String text = TEN_WORDS + " the team lost the match, that was suicidal";
        Screening moderate = words.weigh(rules(RiskLevel.MODERATE, text), text);
        Screening high = words.weigh(rules(RiskLevel.HIGH, text), text);

        assertThat(moderate.level()).isEqualTo(RiskLevel.NONE);
        assertThat(moderate.findings()).singleElement().satisfies(f -> {
            assertThat(f.discounted()).isTrue();
            assertThat(f.cues()).anyMatch(c -> c.startsWith("words: unlike risk for the writer"));
        });
        assertThat(high.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(high.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.discounted()).isFalse());
    }

    @Test
    void aLongTextAboutSomethingElseDoesNotDiscountTheOneSentenceThatShowsRisk() {
        String elsewhere = "the team lost the match again. ".repeat(40);
        String text = elsewhere + TEN_WORDS + ". i am suicidal and want to be gone. " + TEN_WORDS + ". " + elsewhere;
        Screening moderate = words.weigh(rules(RiskLevel.MODERATE, text), text);

        assertThat(moderate.level()).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void aRuleFindingInAShortTextIsNeverDiscounted() {
        String text = "team match suicidal";
        assertThat(words.weigh(rules(RiskLevel.LOW, text), text).level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void whenTheRulesExplainedTheRiskWordsAwayTheWordsMustBeSure() {
        String text = TEN_WORDS + " soon";
        Screening explained = new Screening(
                RiskLevel.NONE,
                List.of(new Finding(
                        "r", "c", RiskLevel.NONE, "soon", List.of("someone else: \"my friend\""), text, 0, 4, 0, 10)),
                "v");
        Screening negated = new Screening(
                RiskLevel.NONE,
                List.of(new Finding("r", "c", RiskLevel.NONE, "soon", List.of("negated: \"not\""), text, 0, 4, 0, 10)),
                "v");

        // "soon" alone gives a probability between raise (0.6) and the bar for explained-away texts (0.8)
        assertThat(words.weigh(explained, text).level()).isEqualTo(RiskLevel.NONE);
        assertThat(words.weigh(negated, text).level()).isEqualTo(RiskLevel.LOW);
    }

    private static Screening rules(RiskLevel level, String text) {
        int at = text.indexOf("suicidal");
        int from = text.lastIndexOf(". ", at) < 0 ? 0 : text.lastIndexOf(". ", at) + 2;
        int to = text.indexOf('.', at) < 0 ? text.length() : text.indexOf('.', at) + 1;
        return new Screening(
                level,
                List.of(new Finding(
                        "r", "c", level, "suicidal", List.of(), text.substring(from, to), at, at + 8, from, to)),
                "v");
    }
}
