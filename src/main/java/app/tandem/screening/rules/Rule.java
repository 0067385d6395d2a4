package app.tandem.screening.rules;

import app.tandem.screening.RiskLevel;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled screening rule.
 *
 * @param id stable id, e.g. {@code passive.wish-to-be-dead}
 * @param file the rule file it came from
 * @param kind what the rule does with a match
 * @param category the clinical category (C-SSRS-aligned), e.g. {@code passive-ideation}
 * @param level the level a match stands for before context (NONE for suppress and concept rules)
 * @param rationale why a clinician wrote it
 * @param pattern the compiled patterns (null for a combination)
 * @param respects the context cues that can discount a match
 * @param escalate what can raise a match's level
 * @param tags names combinations refer to
 * @param needs for a combination: the tags that must all be present
 * @param anyOf for a combination: further tags of which at least {@code atLeast} different ones must be present
 * @param atLeast how many of {@code anyOf} (0 when none is asked for)
 * @param within for a combination: how many sentences apart its parts may be (1 = same sentence)
 * @param matchExamples texts the rule must fire on
 * @param noMatchExamples texts the rule must not fire on
 * @param start what a match of {@code pattern} can begin with, so the rule is tried only where it can match
 * @param parts the rule's patterns one by one with their starts, tried in order at a token
 * @param weight for an evidence rule: how much one standing match adds to a tally (0 otherwise)
 * @param threshold for a tally: the accumulated weight at which it becomes a finding (0 otherwise)
 */
public record Rule(
        String id,
        String file,
        Kind kind,
        String category,
        RiskLevel level,
        String rationale,
        Pattern pattern,
        Set<Cue> respects,
        Set<Escalation> escalate,
        Set<String> tags,
        List<String> needs,
        List<String> anyOf,
        int atLeast,
        int within,
        List<String> matchExamples,
        List<String> noMatchExamples,
        Start start,
        List<PatternCompiler.Part> parts,
        int weight,
        int threshold) {

    /** What a rule does with a match. */
    public enum Kind {
        /** A match is a finding at the rule's level, unless a cue discounts it. */
        RISK,
        /** A match marks words as figurative or idiom: risk matches inside them are discounted. */
        SUPPRESS,
        /** A match only tags words (a means, a time) for combinations and escalations. */
        CONCEPT,
        /** A finding when findings or concepts with all the needed tags occur close together. */
        COMBINATION,
        /**
         * A word group with a weight (hopelessness, burden, a wish to die...): a standing match is not a finding
         * by itself, it adds its weight to the tallies.
         */
        EVIDENCE,
        /** A finding when the weights of the standing evidence groups in a text add up to its threshold. */
        TALLY
    }

    /** Context cues a rule can respect. */
    public enum Cue {
        NEGATION("negation"),
        OTHER_PERSON("other-person"),
        PAST("past"),
        HUMOUR("humour"),
        HYPOTHETICAL("hypothetical"),
        MEDIA("media"),
        FIGURATIVE("figurative"),
        /** A question about the topic, with no first-person word: "how common are suicidal thoughts?" */
        QUESTION("question"),
        /**
         * Words that are also an everyday exclamation ("i want to die", "kms"): a comic mishap told within a few
         * sentences ("i want to die. i accidentally replied all") makes them hyperbole.
         */
        EXCLAMATION("exclamation");

        private final String yaml;

        Cue(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Cue of(String yaml) {
            for (Cue c : values()) {
                if (c.yaml.equals(yaml)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** What can raise a match. */
    public enum Escalation {
        /** A time that is now or very soon in the same sentence: HIGH. */
        IMMINENT("imminent"),
        /** A means (pills, a rope, a bridge) in the same or the previous sentence: at least MODERATE. */
        MEANS_NEARBY("means-nearby");

        private final String yaml;

        Escalation(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Escalation of(String yaml) {
            for (Escalation e : values()) {
                if (e.yaml.equals(yaml)) {
                    return e;
                }
            }
            return null;
        }
    }

    public boolean respects(Cue cue) {
        return respects.contains(cue);
    }
}
