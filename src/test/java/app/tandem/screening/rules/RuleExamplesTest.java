package app.tandem.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.Finding;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example written in a rule file is a test: a risk or combination rule fires (and stands) on each of
 * its {@code match} texts and stands on none of its {@code no-match} texts; a concept or suppress rule's
 * patterns match each of its {@code match} texts, and a suppress rule's match texts screen as NONE.
 */
class RuleExamplesTest {

    private static final RiskScreener SCREENER = RiskScreener.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRule() {
        RuleSet rules = SCREENER.rules();
        List<Rule> all = new ArrayList<>(rules.rules());
        all.addAll(rules.combinations());
        return all.stream().flatMap(RuleExamplesTest::examples);
    }

    private static Stream<DynamicTest> examples(Rule rule) {
        Stream<DynamicTest> matches = rule.matchExamples().stream()
                .map(text -> DynamicTest.dynamicTest(rule.id() + " fires on: " + text, () -> assertFires(rule, text)));
        Stream<DynamicTest> misses = rule.noMatchExamples().stream()
                .map(text -> DynamicTest.dynamicTest(
                        rule.id() + " does not stand on: " + text, () -> assertDoesNotStand(rule, text)));
        return Stream.concat(matches, misses);
    }

    private static void assertFires(Rule rule, String text) {
        switch (rule.kind()) {
            case CONCEPT ->
                assertThat(SCREENER.matchingRules(text)).as(explain(text)).contains(rule.id());
            case SUPPRESS -> {
                assertThat(SCREENER.matchingRules(text)).as(explain(text)).contains(rule.id());
                assertThat(SCREENER.screenByRules(text).level())
                        .as(explain(text))
                        .isEqualTo(RiskLevel.NONE);
            }
            case EVIDENCE ->
                assertThat(SCREENER.standingEvidence(text)).as(explain(text)).contains(rule.id());
            default ->
                assertThat(SCREENER.screenByRules(text).firing())
                        .as(explain(text))
                        .extracting(Finding::rule)
                        .contains(rule.id());
        }
    }

    private static void assertDoesNotStand(Rule rule, String text) {
        if (rule.kind() == Rule.Kind.EVIDENCE) {
            assertThat(SCREENER.standingEvidence(text)).as(explain(text)).doesNotContain(rule.id());
            return;
        }
        if (rule.kind() == Rule.Kind.CONCEPT || rule.kind() == Rule.Kind.SUPPRESS) {
            assertThat(SCREENER.matchingRules(text)).as(explain(text)).doesNotContain(rule.id());
            return;
        }
        assertThat(SCREENER.screenByRules(text).firing())
                .as(explain(text))
                .extracting(Finding::rule)
                .doesNotContain(rule.id());
    }

    private static String explain(String text) {
        Screening s = SCREENER.screenByRules(text);
        StringBuilder sb = new StringBuilder("\"" + text + "\" screened " + s.level());
        for (Finding f : s.findings()) {
            sb.append("\n  ")
                    .append(f.level())
                    .append(' ')
                    .append(f.rule())
                    .append(" \"")
                    .append(f.matched())
                    .append("\" ")
                    .append(f.cues());
        }
        sb.append("\n  patterns matching: ").append(SCREENER.matchingRules(text));
        sb.append("\n  evidence standing: ").append(SCREENER.standingEvidence(text));
        return sb.toString();
    }
}
