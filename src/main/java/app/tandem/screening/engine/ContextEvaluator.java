package app.tandem.screening.engine;

import app.tandem.screening.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Weighs the context of one rule match: negation, whose experience it is, media, questions, hypotheticals,
 * humour, idiom and time. Returns the level that stands and the cues weighed.
 */
final class ContextEvaluator {

    /** Subject of a matched phrase. */
    enum Subject {
        SELF,
        WEAK_SELF,
        OTHER,
        UNKNOWN
    }

    /** Outcome of weighing one match. */
    record Weighed(RiskLevel level, List<String> cues, boolean discounted) {}

    private static final int NEGATION_WINDOW = 6;

    Weighed weigh(Rule rule, TextLayout layout, int start, int end, boolean idiomOverlap) {
        String s = layout.text();
        int si = layout.sentenceIndex(start);
        int sStart = layout.sentenceStart(si);
        List<String> cues = new ArrayList<>(3);
        RiskLevel level = rule.level();

        if (idiomOverlap) {
            return discounted(cues, "idiom");
        }
        if (negated(rule, layout, start, end)) {
            return discounted(cues, "negated");
        }
        Subject subject = subject(s, sStart, layout.clauseStart(start), start, end);
        if (subject == Subject.OTHER) {
            return discounted(cues, "other-person");
        }
        // "My book club is reading a memoir about a suicide attempt": only "my" names the writer, and media is the
        // topic.
        if ((subject == Subject.UNKNOWN || subject == Subject.WEAK_SELF) && layout.cue(TextLayout.MEDIA, si)) {
            return discounted(cues, "media");
        }
        if (subject == Subject.UNKNOWN && layout.question(si) && !rule.has(Rule.IGNORE_QUESTION)) {
            return discounted(cues, "question");
        }
        if (rule.kind() == RuleKind.MEANS) {
            return new Weighed(level, cues, false);
        }
        if (rule.kind() != RuleKind.ATTEMPT
                && level != RiskLevel.HIGH
                && start > sStart
                && HYPOTHETICAL_BEFORE.matcher(s).region(sStart, start).find()) {
            return discounted(cues, "hypothetical");
        }
        if (layout.cue(TextLayout.HUMOUR, si) && !layout.cue(TextLayout.SERIOUS, si)) {
            cues.add("humour");
            // Humour discounts only the mildest level: "kms lol" still reaches a clinician.
            if (level == RiskLevel.LOW) {
                return new Weighed(RiskLevel.NONE, cues, true);
            }
        }
        if (rule.has(Rule.BENIGN_CHECK) && layout.cue(TextLayout.BENIGN, si)) {
            return discounted(cues, "benign-purpose");
        }
        level = timed(rule, level, layout, si, s.substring(layout.clauseStart(start), start), cues);
        return new Weighed(level, cues, level == RiskLevel.NONE);
    }

    private static final java.util.regex.Pattern HYPOTHETICAL_BEFORE = Lexicon.HYPOTHETICAL;
    private static final java.util.regex.Pattern WHAT_IF_BEFORE =
            java.util.regex.Pattern.compile("\\b(?:what )?if i (?:just )?$");

    private static Weighed discounted(List<String> cues, String cue) {
        cues.add(cue);
        return new Weighed(RiskLevel.NONE, cues, true);
    }

    private static RiskLevel timed(
            Rule rule, RiskLevel level, TextLayout layout, int si, String before, List<String> cues) {
        switch (rule.kind()) {
            case ATTEMPT -> {
                if (WHAT_IF_BEFORE.matcher(before).find()) {
                    cues.add("hypothetical");
                    return RiskLevel.MODERATE;
                }
                if (layout.cue(TextLayout.RECENT, si)) {
                    cues.add("recent");
                    return RiskLevel.HIGH;
                }
                if (layout.cue(TextLayout.PAST, si)) {
                    // Triage: a suicide attempt more than about three months ago is moderate risk, not none.
                    cues.add("past");
                    return RiskLevel.MODERATE;
                }
                cues.add("recency-unknown");
                return RiskLevel.HIGH;
            }
            case SELF_HARM, IDEATION -> {
                if (layout.cue(TextLayout.PAST, si) && !layout.cue(TextLayout.CURRENT, si)) {
                    cues.add("past");
                    return RiskLevel.NONE;
                }
                return level;
            }
            case ACTION -> {
                if (layout.cue(TextLayout.PAST, si)
                        && !layout.cue(TextLayout.CURRENT, si)
                        && !layout.cue(TextLayout.RECENT, si)) {
                    cues.add("past");
                    return RiskLevel.MODERATE.compareTo(level) < 0 ? RiskLevel.MODERATE : level;
                }
                return level;
            }
            default -> {
                return level;
            }
        }
    }

    /** Negation before the match in the same clause (or inside it, for rules that do not spell out their own). */
    private static boolean negated(Rule rule, TextLayout layout, int start, int end) {
        String s = layout.text();
        int cStart = layout.clauseStart(start);
        List<String> before = tokens(s, cStart, start);
        List<String> inside = rule.has(Rule.FILLER) ? tokens(s, start, end) : List.of();
        for (int i = 0; i < inside.size(); i++) {
            if (Lexicon.NEGATIONS.contains(inside.get(i))
                    && (i + 1 >= inside.size() || !Lexicon.NEGATION_BREAKERS.contains(inside.get(i + 1)))) {
                return true;
            }
        }
        int from = Math.max(0, before.size() - NEGATION_WINDOW);
        for (int i = before.size() - 1; i >= from; i--) {
            String t = before.get(i);
            if (!Lexicon.NEGATIONS.contains(t)) {
                continue;
            }
            String next = i + 1 < before.size() ? before.get(i + 1) : firstToken(s, start, end);
            if (next != null && Lexicon.NEGATION_BREAKERS.contains(next)) {
                return false;
            }
            // A new subject between the negation and the match ends the negation's reach, unless the negation
            // sits on a verb like "think" ("I don't think I'd ever hurt myself").
            boolean raised = next != null && Lexicon.NEG_RAISERS.contains(next);
            for (int j = i + 1; j < before.size(); j++) {
                String w = before.get(j);
                if ((Lexicon.FIRST_PERSON.contains(w) || Lexicon.OTHER_PERSON.contains(w))
                        && !w.equals("my")
                        && !w.equals("myself")
                        && !w.equals("me")) {
                    if (!raised) {
                        return false;
                    }
                    raised = false;
                }
            }
            return true;
        }
        Matcher post = Lexicon.POST_NEGATION.matcher(s);
        post.region(end, Math.min(s.length(), end + 60));
        return post.lookingAt();
    }

    /** Position of an unclosed quotation mark before {@code start} in the sentence, or -1. */
    private static int quoteOpenBefore(String s, int sStart, int start) {
        int open = -1;
        for (int i = sStart; i < start; i++) {
            if (Lexicon.isQuoteOpen(s, i)) {
                open = i;
            } else if (open >= 0 && Lexicon.isQuoteClose(s, i)) {
                open = -1;
            }
        }
        return open;
    }

    /** Strong first-person words: the writer is the subject. */
    private static boolean strongSelf(String t) {
        return Lexicon.FIRST_PERSON.contains(t)
                && !t.equals("my")
                && !t.equals("me")
                && !t.equals("our")
                && !t.equals("us")
                && !t.equals("mine");
    }

    private static boolean otherReflexive(String t) {
        return t.equals("himself")
                || t.equals("herself")
                || t.equals("themselves")
                || t.equals("themself")
                || t.equals("yourself")
                || t.equals("yourselves");
    }

    /**
     * Whose experience the match describes. Pronouns inside the match decide first ("kill myself", "kill herself",
     * "better off without me"); otherwise the nearest person word before it in the sentence, where "my"/"me" only
     * count for the writer if no other person is named earlier in the clause ("my friend sent me a goodbye message").
     */
    static Subject subject(String s, int sStart, int cStart, int start, int end) {
        boolean quotedMatch = quoteOpenBefore(s, sStart, start) >= 0;
        List<String> inside = quotedMatch ? List.of() : tokens(s, start, end);
        for (int i = 0; i < inside.size(); i++) {
            String t = inside.get(i);
            if (t.equals("myself") || t.equals("me") || strongSelf(t)) {
                return Subject.SELF;
            }
            if (t.equals("my")) {
                if (i + 1 < inside.size() && isRelation(inside, i + 1)) {
                    break; // "my mom's pills": the writer may still be the subject ("I know where my mom keeps her
                    // pills")
                }
                return Subject.SELF;
            }
            if (otherReflexive(t)
                    || t.equals("his")
                    || t.equals("her")
                    || t.equals("their")
                    || t.equals("he")
                    || t.equals("she")
                    || t.equals("they")) {
                return Subject.OTHER;
            }
        }
        int scanEnd = start;
        // Inside a quotation the speaker is whoever is named before the quote: "my son said 'I want to die'".
        int open = quoteOpenBefore(s, sStart, start);
        if (open >= 0) {
            scanEnd = open;
        }
        List<String> before = tokens(s, sStart, scanEnd);
        int clauseTokens =
                tokens(s, Math.max(sStart, Math.min(cStart, scanEnd)), scanEnd).size();
        boolean weakSelf = false;
        for (int i = before.size() - 1; i >= 0; i--) {
            String t = before.get(i);
            boolean inClause = before.size() - i <= clauseTokens;
            if (strongSelf(t) || t.equals("myself")) {
                return Subject.SELF;
            }
            if (t.equals("my") || t.equals("our")) {
                if (i + 1 < before.size() && isRelation(before, i + 1)) {
                    return Subject.OTHER;
                }
                weakSelf = true;
                if (!inClause) {
                    return Subject.SELF;
                }
                continue;
            }
            if (t.equals("me") || t.equals("us")) {
                weakSelf = true;
                if (!inClause) {
                    return Subject.SELF;
                }
                continue;
            }
            if (Lexicon.OTHER_PERSON.contains(t)
                    || otherReflexive(t)
                    || Lexicon.RELATIONS.contains(t)
                    || t.endsWith("'s") && Lexicon.RELATIONS.contains(t.substring(0, t.length() - 2))) {
                return Subject.OTHER;
            }
            if (weakSelf && !inClause) {
                return Subject.SELF;
            }
        }
        return weakSelf ? Subject.WEAK_SELF : Subject.UNKNOWN;
    }

    private static boolean isRelation(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (Lexicon.RELATIONS.contains(t)) {
            return true;
        }
        return i + 1 < tokens.size() && Lexicon.RELATIONS.contains(tokens.get(i + 1));
    }

    private static String firstToken(String s, int from, int to) {
        List<String> t = tokens(s, from, to);
        return t.isEmpty() ? null : t.get(0);
    }

    /** Word tokens (letters, digits, apostrophes, slashes) in {@code [from, to)}. */
    static List<String> tokens(String s, int from, int to) {
        List<String> out = new ArrayList<>(12);
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && isWordChar(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                String w = s.substring(i, j);
                while (w.length() > 1 && (w.charAt(0) == '\'' || w.charAt(w.length() - 1) == '\'')) {
                    w = w.charAt(0) == '\'' ? w.substring(1) : w.substring(0, w.length() - 1);
                }
                out.add(w);
            }
            i = j;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '*' || c == '/';
    }
}
