package app.tandem.screening.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The YAML files under {@code screening/} as written, before validation. */
public final class RuleFileJson {

    private RuleFileJson() {}

    /** {@code screening/cues.yaml}: the context cues the rules respect. */
    public record CuesJson(
            @JsonProperty("ruleset-version") String rulesetVersion,
            Integer window,
            @JsonProperty("clause-openers") List<String> clauseOpeners,
            NegationJson negation,
            PersonsJson persons,
            Map<String, List<String>> markers) {}

    /** How a negation reads: its words, how far back it reaches, what undoes it. */
    public record NegationJson(
            List<String> words,
            Integer reach,
            List<String> breakers,
            List<String> raisers,
            List<String> reversers,
            List<String> phrases,
            List<String> after) {}

    /** Words that say whose experience a clause describes. */
    public record PersonsJson(
            List<String> self,
            List<String> other,
            List<String> inanimate,
            @JsonProperty("thing-verbs") List<String> thingVerbs,
            @JsonProperty("object-markers") List<String> objectMarkers,
            @JsonProperty("self-phrases") List<String> selfPhrases,
            @JsonProperty("other-phrases") List<String> otherPhrases) {}

    /** {@code screening/lexicon.yaml}: named word lists the patterns use as {name}. */
    public record LexiconJson(Map<String, List<String>> lexicon) {}

    /** One file of rules under {@code screening/rules/}. */
    public record RulesJson(String about, List<RuleJson> rules) {}

    /** One rule as written by a clinical lead. */
    public record RuleJson(
            String id,
            String kind,
            String category,
            String level,
            String rationale,
            List<String> patterns,
            List<String> respects,
            List<String> escalate,
            List<String> tags,
            List<String> needs,
            @JsonProperty("any-of") List<String> anyOf,
            @JsonProperty("at-least") Integer atLeast,
            Integer within,
            Integer weight,
            Integer threshold,
            ExamplesJson examples) {}

    /** Texts the rule must and must not fire on; each is a test. */
    public record ExamplesJson(
            List<String> match, @JsonProperty("no-match") List<String> noMatch) {}
}
