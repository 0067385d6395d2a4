package app.tandem.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A clinical lead's mistake in a rule file stops loading with a message that names the file, the rule and every
 * problem; a correct new file extends the screener without any code.
 */
class RuleSetBuilderTest {

    private static final String RULE_HEAD = """
            rules:
              - id: extra.test-rule
                category: passive-ideation
                level: LOW
            """;

    /** The built-in rule files, by name, so one can be added or broken per test. */
    private static Map<String, String> builtIn() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : new String[] {"cues.yaml", "lexicon.yaml", "rules/*.yaml"}) {
            for (Resource r : resolver.getResources("classpath*:screening/" + pattern)) {
                String name = pattern.startsWith("rules/") ? "rules/" + r.getFilename() : r.getFilename();
                try (InputStream in = r.getInputStream()) {
                    sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return sources;
    }

    private static RuleDefinitionException failureWith(String fileName, String yaml) throws IOException {
        Map<String, String> sources = builtIn();
        sources.put(fileName, yaml);
        try {
            RuleLoader.fromSources(sources);
        } catch (RuleDefinitionException e) {
            return e;
        }
        throw new AssertionError("the rules loaded although " + fileName + " is broken");
    }

    @Test
    void theBuiltInRulesLoad() throws IOException {
        RuleSet rules = RuleLoader.fromSources(builtIn());
        assertThat(rules.rules()).hasSizeGreaterThan(40);
        assertThat(rules.combinations()).isNotEmpty();
    }

    @Test
    void aNewRuleFileExtendsTheScreenerWithoutCode() throws IOException {
        Map<String, String> sources = builtIn();
        sources.put("rules/99-extra.yaml", RULE_HEAD + """
                    rationale: Wanting to be a ghost, in this practice's clients' own words.
                    patterns: ["{want} [to] (be|become) a ghost"]
                    respects: [negation, other-person]
                    examples:
                      match: ["i just want to become a ghost"]
                """);
        RiskScreener screener = new RiskScreener(RuleLoader.fromSources(sources));

        assertThat(screener.screen("honestly i want to be a ghost").level()).isEqualTo(RiskLevel.LOW);
        assertThat(screener.screen("i don't want to be a ghost for halloween").level())
                .isEqualTo(RiskLevel.NONE);
        assertThat(screener.rulesVersion()).isNotEqualTo(RiskScreener.standard().rulesVersion());
    }

    @Test
    void anUnknownLexiconListIsNamed() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", RULE_HEAD + """
                    rationale: r
                    patterns: ["{no-such-list} forever"]
                    examples: {match: ["x"]}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rules/99-extra.yaml", "no-such-list"));
    }

    @Test
    void anUnknownCueOrEscalationIsNamed() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", RULE_HEAD + """
                    rationale: r
                    patterns: ["want to vanish"]
                    respects: [negation, sarcasm]
                    escalate: [soon]
                    examples: {match: ["want to vanish"]}
                """);
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("extra.test-rule", "unknown cue \"sarcasm\""))
                .anySatisfy(p -> assertThat(p).contains("unknown escalation \"soon\""));
    }

    @Test
    void everyProblemIsListedAtOnceNotOnlyTheFirst() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", """
                rules:
                  - id: Extra Rule
                    category: feelings
                    level: SEVERE
                    patterns: ["want to vanish"]
                """);
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("id must be lower-case"))
                .anySatisfy(p -> assertThat(p).contains("category must be one of"))
                .anySatisfy(p -> assertThat(p).contains("level must be LOW, MODERATE or HIGH"))
                .anySatisfy(p -> assertThat(p).contains("rationale is missing"))
                .anySatisfy(p -> assertThat(p).contains("examples.match is missing"));
        assertThat(e.getMessage()).contains(e.problems().size() + " problem(s)");
    }

    @Test
    void aRuleIdUsedTwiceIsRefused() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", """
                rules:
                  - id: active.kill-myself
                    category: active-ideation
                    level: MODERATE
                    rationale: a copy
                    patterns: ["want to vanish"]
                    examples: {match: ["want to vanish"]}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("id is used twice"));
    }

    @Test
    void aCombinationNeedingATagNoRuleGivesIsRefused() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", """
                rules:
                  - id: combo.test
                    kind: combination
                    category: plan
                    level: HIGH
                    rationale: r
                    needs: [means, unicorn]
                    within: 2
                    examples: {match: ["x"]}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("combo.test", "\"unicorn\""));
    }

    @Test
    void aPatternThatDoesNotParseIsNamed() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", RULE_HEAD + """
                    rationale: r
                    patterns: ["(want|wish to vanish"]
                    examples: {match: ["want to vanish"]}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rules/99-extra.yaml", "extra.test-rule"));
    }

    @Test
    void yamlThatIsNotYamlIsRefusedWithTheFileName() throws IOException {
        RuleDefinitionException e = failureWith("rules/99-extra.yaml", "rules: [ {id: x\n  - oops");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("rules/99-extra.yaml", "not valid YAML"));
    }

    @Test
    void missingCuesAreRefused() throws IOException {
        Map<String, String> sources = builtIn();
        sources.remove("cues.yaml");
        assertThatThrownBy(() -> RuleLoader.fromSources(sources))
                .isInstanceOf(RuleDefinitionException.class)
                .hasMessageContaining("cues.yaml: missing");
    }
}
