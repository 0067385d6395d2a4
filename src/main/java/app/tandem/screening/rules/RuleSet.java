package app.tandem.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated, compiled set of screening rules with the cues they respect.
 *
 * @param version the declared version plus a fingerprint of the files' contents, e.g. {@code 2.0+3f9a1c}
 * @param window how many tokens around a match sentence-level cues are looked for
 * @param clauseOpeners words that start a new clause
 * @param negation how negation reads
 * @param persons who a clause is about
 * @param markers named phrase patterns (past, current, recent, now, humour, serious, media, hypothetical)
 * @param rules risk, suppress and concept rules, in file order
 * @param combinations combination rules
 * @param vocabulary every word the rules and cues use
 */
public record RuleSet(
        String version,
        int window,
        Set<String> clauseOpeners,
        Negation negation,
        Persons persons,
        Map<Marker, Pattern> markers,
        List<Rule> rules,
        List<Rule> combinations,
        Set<String> vocabulary) {

    /** Negation words, how many tokens back they reach, phrases right after them that undo them, and
     * verbs through which they reach a following clause ("i don't think i'd ..."). */
    public record Negation(
            Set<String> words,
            int reach,
            Pattern breakers,
            Set<String> raisers,
            Pattern reversers,
            Pattern phrases,
            Pattern after) {}

    /** Person words and phrases that decide whose experience a clause describes. */
    public record Persons(
            Set<String> self,
            Set<String> other,
            Set<String> inanimate,
            Set<String> thingVerbs,
            Set<String> objectMarkers,
            Pattern selfPhrases,
            Pattern otherPhrases) {}

    /** Named phrase lists looked for around a match. */
    public enum Marker {
        PAST,
        RESOLVED,
        RELAPSE,
        CURRENT,
        RECENT,
        NOW,
        HUMOUR,
        SERIOUS,
        MEDIA,
        HYPOTHETICAL,
        CONDITIONAL,
        /** A trivial thing blamed for strong words ("this exam is making me suicidal"): hyperbole, not risk. */
        TRIVIAL,
        /** A comic mishap told in the text ("accidentally replied all"): the strong words around it are hyperbole. */
        MISHAP,
        /**
         * A life going on now ("i'm 34 now with two kids", "now i volunteer on a crisis line"): with nothing else standing,
         * it outweighs an attempt or self-harm told as past (never a risk said as present).
         */
        RECOVERY,
        /** A question about a topic, not about the writer: "what does kms mean?" */
        TOPIC_QUESTION,
        /** Words that make "you" and "my friend" the writer: "asking for a friend" */
        SELF_FRAME,
        /** Words that reveal, anywhere in the text, that the friend or "someone" is the writer: "(it's me, i'm the friend)" */
        SELF_REVEAL,
        /** The start of a reply's quoted title ("Re: ..."): the words after it are the other poster's. */
        REPLY_TITLE;

        static Marker of(String yaml) {
            for (Marker m : values()) {
                if (m.name().equalsIgnoreCase(yaml.replace('-', '_'))) {
                    return m;
                }
            }
            return null;
        }
    }

    /** The rule with this id, if any. */
    public Rule rule(String id) {
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        for (Rule r : combinations) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
