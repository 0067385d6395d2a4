package app.tandem.screening.analysis;

import app.tandem.screening.rules.RuleSet;
import app.tandem.screening.text.Segments;
import app.tandem.screening.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the context of a match in one text: whose experience it is, whether a negation in its clause
 * reaches it, and which marker phrases (past, now, humour...) sit in its sentence near it.
 */
final class ContextReader {

    private static final int[] NOT_FOUND = new int[0];
    private static final Set<String> POSSESSIVE_SELF = Set.of("my", "mine", "our");
    private static final Set<String> REFLEXIVE_OTHER =
            Set.of("himself", "herself", "themselves", "themself", "yourself", "yourselves");
    private static final Set<String> DETERMINERS = Set.of(
            "my", "our", "the", "a", "an", "his", "her", "their", "your", "best", "little", "older", "younger", "old",
            "new", "big", "baby", "step", "own");

    private final RuleSet rules;
    private final TokenText text;
    private final Segments seg;
    private final List<Token> tokens;
    private int[] reveal;

    ContextReader(RuleSet rules, TokenText text) {
        this.rules = rules;
        this.text = text;
        this.seg = text.segments();
        this.tokens = seg.tokens();
    }

    /**
     * A word naming someone else, also in its possessive without the apostrophe ("my girlfriends suicidal thoughts",
     * "my dads plan"), which the tokenizer writes as one word.
     */
    private boolean isOther(String w) {
        Set<String> other = rules.persons().other();
        return other.contains(w) || w.length() > 3 && w.endsWith("s") && other.contains(w.substring(0, w.length() - 1));
    }

    /** Whether the text frames a question as the writer's own ("asking for a friend", "it's me") before or around {@code start}. */
    boolean selfFramed(int start) {
        return reveal() != null || text.find(rules.markers().get(RuleSet.Marker.SELF_FRAME), 0, start) != null;
    }

    /** Where the text reveals the friend as the writer ("it's me, i'm the friend"), looked up once per text. */
    private int[] reveal() {
        if (reveal == null) {
            int[] found = text.find(rules.markers().get(RuleSet.Marker.SELF_REVEAL), 0, tokens.size());
            reveal = found == null ? NOT_FOUND : found;
        }
        return reveal == NOT_FOUND ? null : reveal;
    }

    private boolean reflexiveOther(int start, int end) {
        for (int i = start; i < end; i++) {
            if (REFLEXIVE_OTHER.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whose experience tokens {@code [start, end)} describe. */
    Subject subject(int start, int end) {
        if (tokens.get(start).quoted()) {
            Subject speaker = speaker(start);
            if (speaker != null) {
                return speaker;
            }
        }
        return unquotedSubject(start, end);
    }

    /**
     * Who is quoted when a match stands inside quotation marks: the person named before the quotation
     * ("she said 'i want to die'"), a song or a show (reported, not the writer), or null when nothing says.
     */
    private Subject speaker(int start) {
        int open = start;
        while (open > 0 && tokens.get(open - 1).quoted()) {
            open--;
        }
        int sentenceStart = seg.sentenceStart(seg.sentenceOf(start));
        for (int i = open - 1; i >= sentenceStart; i--) {
            String w = tokens.get(i).text();
            if (rules.persons().self().contains(w)) {
                return null; // "i said 'i can't do this'": the writer's own words
            }
            if (isOther(w)) {
                return new Subject(Subject.Who.OTHER, w + " (quoted)");
            }
        }
        String media = marker(RuleSet.Marker.MEDIA, start, start + 1);
        return media == null ? null : new Subject(Subject.Who.OTHER, media + " (quoted)");
    }

    private Subject unquotedSubject(int start, int end) {
        // "my friend has been thinking about killing herself ... (it's me. i'm the friend.)": the writer, wherever
        // the reveal stands in the text.
        int[] reveal = reveal();
        if (reveal != null) {
            return new Subject(Subject.Who.SELF, text.words(reveal[0], reveal[1]));
        }
        // "asking for a friend: how do you tell a therapist you're thinking about suicide": the writer, unless the
        // words themselves name someone else ("throwaway account. my sister tried to kill herself").
        int[] frame = text.find(rules.markers().get(RuleSet.Marker.SELF_FRAME), 0, start);
        if (frame != null && !reflexiveOther(start, end)) {
            return new Subject(Subject.Who.SELF, text.words(frame[0], frame[1]));
        }
        // Pronouns inside the match decide first: "kill herself" is someone else's, "better off without me"
        // and "everyone would be better off without me" are the writer's; "my sister wants to die" (a person
        // after "my" at the start) is the sister's.
        String selfWord = null;
        String otherWord = null;
        for (int i = start; i < end; i++) {
            String w = tokens.get(i).text();
            String next = i + 1 < end ? tokens.get(i + 1).text() : "";
            if (REFLEXIVE_OTHER.contains(w)) {
                return new Subject(Subject.Who.OTHER, w);
            }
            if (i == start && POSSESSIVE_SELF.contains(w) && isOther(next)) {
                otherWord = otherWord == null ? next : otherWord;
                i++;
            } else if (rules.persons().self().contains(w)) {
                selfWord = selfWord == null ? w : selfWord;
            } else if (isOther(w) && !isObject(i)) {
                otherWord = otherWord == null ? w : otherWord;
            }
        }
        if (selfWord != null) {
            return new Subject(Subject.Who.SELF, selfWord);
        }
        if (otherWord != null) {
            return new Subject(Subject.Who.OTHER, otherWord);
        }
        int clause = seg.clauseOf(start);
        int clauseStart = seg.clauseStart(clause);
        int sentence = seg.sentenceOf(start);
        int sentenceStart = seg.sentenceStart(sentence);
        // "anyone else ...", "people like me": the writer; "if you ...", "people who ...": someone else.
        int[] self = text.find(rules.persons().selfPhrases(), clauseStart, start);
        int[] other = text.find(rules.persons().otherPhrases(), clauseStart, start);
        if (self != null && (other == null || self[0] >= other[0])) {
            return new Subject(Subject.Who.SELF, text.words(self[0], self[1]));
        }
        if (other != null) {
            return new Subject(Subject.Who.OTHER, text.words(other[0], other[1]));
        }
        Subject found = scanLeft(start - 1, clauseStart, true);
        if (found == null) {
            found = scanLeft(clauseStart - 1, sentenceStart, false);
        }
        return found == null ? Subject.assumedWriter() : found;
    }

    /**
     * The nearest person word from {@code from} back to {@code to}; things count only inside the clause.
     * "my" and "our" name the writer only weakly ("client on my caseload disclosed..." is the client's):
     * the scan goes on past them, and they decide only when nothing else does. "me" right before the
     * words ("it makes me want to die") names the writer.
     */
    private Subject scanLeft(int from, int to, boolean inClause) {
        String weak = null;
        for (int i = from; i >= to; i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String w = t.text();
            if (rules.persons().self().contains(w)) {
                boolean weakWord = POSSESSIVE_SELF.contains(w) || w.equals("me") && from - i > 1;
                if (!weakWord) {
                    return new Subject(Subject.Who.SELF, w);
                }
                weak = weak == null ? w : weak;
                continue;
            }
            if (isOther(w) && !isObject(i)) {
                return new Subject(Subject.Who.OTHER, w);
            }
            if (inClause && weak == null && rules.persons().inanimate().contains(w) && from - i <= 4 && beforeVerb(i)) {
                return new Subject(Subject.Who.THING, w);
            }
        }
        return weak == null ? null : new Subject(Subject.Who.SELF, weak);
    }

    /**
     * Whether the person word at {@code i} is an object, not a subject: "told my mom", "with her",
     * "about my sister". A word right after an object marker (or after one and a determiner) is.
     */
    private boolean isObject(int i) {
        int j = i - 1;
        if (j >= 0 && DETERMINERS.contains(tokens.get(j).text())) {
            j--;
        }
        if (j >= 0 && DETERMINERS.contains(tokens.get(j).text())) {
            j--;
        }
        return j >= 0
                && tokens.get(j).isWord()
                && rules.persons().objectMarkers().contains(tokens.get(j).text());
    }

    /** Whether a thing-word is the subject of a verb right after it: "that pass was", "it's", "which seems". */
    private boolean beforeVerb(int i) {
        String w = tokens.get(i).text();
        if (w.endsWith("s") && (w.equals("its") || w.equals("thats") || w.equals("whats"))) {
            return true;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
            String next = tokens.get(j).text();
            if (rules.persons().thingVerbs().contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** The negation word that reaches tokens from {@code start}, or null. */
    String negation(int start) {
        RuleSet.Negation neg = rules.negation();
        int clauseStart = seg.clauseStart(seg.clauseOf(start));
        int words = 0;
        boolean newSubject = false;
        boolean quoted = tokens.get(start).quoted();
        for (int i = start - 1; i >= clauseStart && words < neg.reach(); i--) {
            Token t = tokens.get(i);
            if (quoted && !t.quoted()) {
                return null; // a negation outside a quotation does not deny its words: "didn't say 'i want to die'"
            }
            if (!t.isWord()) {
                continue;
            }
            words++;
            String w = t.text();
            if (neg.words().contains(w)) {
                if (text.startsAt(neg.breakers(), i + 1, seg.sentenceEnd(seg.sentenceOf(start)))) {
                    continue; // "can't stop", "not only", "never been this": the negation does not deny what follows
                }
                if (text.find(neg.reversers(), Math.max(clauseStart, i - 8), i) != null
                        || text.find(neg.reversers(), Math.max(0, seg.sentenceStart(seg.sentenceOf(start))), i)
                                != null) {
                    return null; // "i'd be lying if i said i hadn't ...": the denial is denied
                }
                if (newSubject) {
                    // "i don't know why i want to die": a new subject ends the negation's reach, unless it
                    // sits on a verb like "think" ("i don't think i want to die").
                    String verb = i + 1 < start ? tokens.get(i + 1).text() : "";
                    return neg.raisers().contains(verb) ? w : null;
                }
                return w;
            }
            if ((rules.persons().self().contains(w) || isOther(w))
                    && !POSSESSIVE_SELF.contains(w)
                    && !w.equals("me")
                    && !w.equals("myself")) {
                newSubject = true;
            }
        }
        return null;
    }

    /**
     * A denial said after the words: "suicidal thoughts: none", "self harm urges 0/10", "the urge didn't
     * come today", "... and i'm honestly not". Looked for in the rest of the sentence, a few words on.
     */
    String denialAfter(int end) {
        // Within the sentence; a question answered in the next sentence counts too: "thoughts of self harm? no."
        int sentence = seg.sentenceOf(Math.max(0, end - 1));
        int limit = seg.isQuestion(sentence) && sentence + 1 < seg.sentenceCount()
                ? seg.sentenceEnd(sentence + 1)
                : seg.sentenceEnd(sentence);
        int[] found = text.find(rules.negation().after(), end, Math.min(limit, end + 7));
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** A denial phrase earlier in the clause: "there's no way i'd...", "zero intention of...". */
    String denialBefore(int start) {
        int clauseStart = seg.clauseStart(seg.clauseOf(start));
        int[] found = text.find(rules.negation().phrases(), Math.max(clauseStart, start - 10), start);
        return found == null ? null : text.words(found[0], found[1]);
    }

    /**
     * Whether the sentence of {@code start} asks about a topic ("what does kms mean?", "how common are
     * suicidal thoughts?") with no first-person word in it.
     */
    boolean genericQuestion(int start) {
        int sentence = seg.sentenceOf(start);
        if (!seg.isQuestion(sentence)
                || text.find(
                                rules.markers().get(RuleSet.Marker.TOPIC_QUESTION),
                                seg.sentenceStart(sentence),
                                seg.sentenceEnd(sentence))
                        == null) {
            return false;
        }
        for (int i = seg.sentenceStart(sentence); i < seg.sentenceEnd(sentence); i++) {
            if (rules.persons().self().contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** The words of a marker phrase within the window around tokens {@code [start, end)}, or null. */
    String marker(RuleSet.Marker marker, int start, int end) {
        int sentence = seg.sentenceOf(start);
        // Time markers that speak of the past reach further: "..., but that was years ago."
        int reach = marker == RuleSet.Marker.PAST || marker == RuleSet.Marker.RESOLVED
                ? rules.window() * 2
                : rules.window();
        int from = Math.max(seg.sentenceStart(sentence), start - reach);
        int to = Math.min(seg.sentenceEnd(sentence), end + reach);
        int[] found = text.find(rules.markers().get(marker), from, to);
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** The reply-title words ("re") when the sentence of {@code start} is the quoted title of a post replied to, or null. */
    String replyTitle(int start) {
        int sentence = seg.sentenceOf(start);
        if (sentence != 0) {
            return null;
        }
        int from = seg.sentenceStart(sentence);
        int[] found = text.find(
                rules.markers().get(RuleSet.Marker.REPLY_TITLE), from, Math.min(from + 2, seg.sentenceEnd(sentence)));
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** The words of a marker phrase anywhere in the text, or null. */
    String markerInText(RuleSet.Marker marker) {
        int[] found = text.find(rules.markers().get(marker), 0, tokens.size());
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** The words of a marker phrase from {@code before} sentences before that of {@code start} to {@code after} after it. */
    String markerNearby(RuleSet.Marker marker, int start, int before, int after) {
        int sentence = seg.sentenceOf(start);
        int last = seg.sentenceOf(tokens.size() - 1);
        int from = seg.sentenceStart(Math.max(0, sentence - before));
        int to = seg.sentenceEnd(Math.min(last, sentence + after));
        int[] found = text.find(rules.markers().get(marker), from, to);
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** A marker phrase in the clause of {@code start}, before it, or null. */
    String markerBefore(RuleSet.Marker marker, int start) {
        int clauseStart = seg.clauseStart(seg.clauseOf(start));
        int[] found = text.find(rules.markers().get(marker), clauseStart, start + 1);
        return found == null ? null : text.words(found[0], found[1]);
    }

    /** A marker phrase earlier in the same sentence (any clause), or null: "if this team loses, ...". */
    String markerEarlierInSentence(RuleSet.Marker marker, int start) {
        int sentenceStart = seg.sentenceStart(seg.sentenceOf(start));
        int[] found = text.find(rules.markers().get(marker), sentenceStart, start);
        return found == null ? null : text.words(found[0], found[1]);
    }
}
