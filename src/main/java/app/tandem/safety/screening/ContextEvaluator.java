package app.tandem.safety.screening;

import app.tandem.safety.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Weighs the context of one rule match: negation, whose experience it is, media, questions, hypotheticals,
 * humour, idiom and time. Returns the level that stands and the cues weighed.
 */
final class ContextEvaluator {

    /** Subject of a matched phrase. */
    enum Subject { SELF, OTHER, UNKNOWN }

    /** Outcome of weighing one match. */
    record Weighed(RiskLevel level, List<String> cues) {
    }

    private static final int NEGATION_WINDOW = 6;

    Weighed weigh(Rule rule, TextLayout layout, int start, int end, boolean idiomOverlap) {
        String s = layout.text();
        int si = layout.sentenceIndex(start);
        int sStart = layout.sentenceStart(si);
        int sEnd = Math.max(layout.sentenceEnd(si), end);
        String sentence = s.substring(sStart, sEnd);
        List<String> cues = new ArrayList<>(3);
        RiskLevel level = rule.level();

        if (idiomOverlap) {
            cues.add("idiom");
            return new Weighed(RiskLevel.NONE, cues);
        }
        if (negated(rule, layout, start, end)) {
            cues.add("negated");
            return new Weighed(RiskLevel.NONE, cues);
        }
        Subject subject = subject(s, sStart, start, end);
        if (subject == Subject.OTHER) {
            cues.add("other-person");
            return new Weighed(RiskLevel.NONE, cues);
        }
        if (subject == Subject.UNKNOWN && Lexicon.MEDIA.matcher(sentence).find()) {
            cues.add("media");
            return new Weighed(RiskLevel.NONE, cues);
        }
        if (subject == Subject.UNKNOWN && layout.question(si) && !rule.has(Rule.IGNORE_QUESTION)) {
            cues.add("question");
            return new Weighed(RiskLevel.NONE, cues);
        }
        int cStart = layout.clauseStart(start);
        if (rule.kind() != RuleKind.ATTEMPT && level != RiskLevel.HIGH
                && Lexicon.HYPOTHETICAL.matcher(s.substring(sStart, start)).find()) {
            cues.add("hypothetical");
            return new Weighed(RiskLevel.NONE, cues);
        }
        if (Lexicon.HUMOUR.matcher(sentence).find() && !Lexicon.SERIOUS.matcher(s).find()) {
            cues.add("humour");
            // Humour discounts only the mildest level: "kms lol" still reaches a clinician.
            if (level == RiskLevel.LOW) {
                return new Weighed(RiskLevel.NONE, cues);
            }
        }
        if (rule.has(Rule.BENIGN_CHECK) && Lexicon.BENIGN.matcher(sentence).find()) {
            cues.add("benign-purpose");
            return new Weighed(RiskLevel.NONE, cues);
        }
        level = timed(rule, level, sentence, s.substring(cStart, start), cues);
        return new Weighed(level, cues);
    }

    private static RiskLevel timed(Rule rule, RiskLevel level, String sentence, String before, List<String> cues) {
        boolean past = Lexicon.PAST.matcher(sentence).find();
        switch (rule.kind()) {
            case ATTEMPT -> {
                if (before.matches(".*\\b(?:what )?if i (?:just )?$")) {
                    cues.add("hypothetical");
                    return RiskLevel.MODERATE;
                }
                if (Lexicon.RECENT.matcher(sentence).find()) {
                    cues.add("recent");
                    return RiskLevel.HIGH;
                }
                if (past) {
                    // Triage: a suicide attempt more than about three months ago is moderate risk, not none.
                    cues.add("past");
                    return RiskLevel.MODERATE;
                }
                cues.add("recency-unknown");
                return RiskLevel.HIGH;
            }
            case SELF_HARM, IDEATION -> {
                if (past && !Lexicon.CURRENT.matcher(sentence).find()) {
                    cues.add("past");
                    return RiskLevel.NONE;
                }
                return level;
            }
            case ACTION -> {
                if (past && !Lexicon.CURRENT.matcher(sentence).find() && !Lexicon.RECENT.matcher(sentence).find()) {
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
        List<String> inside = rule.has(Rule.OWNS_NEGATION) ? List.of() : tokens(s, start, end);
        for (int i = 0; i < inside.size(); i++) {
            if (Lexicon.NEGATIONS.contains(inside.get(i)) && (i + 1 >= inside.size() || !Lexicon.NEGATION_BREAKERS.contains(inside.get(i + 1)))) {
                return true;
            }
        }
        int from = Math.max(0, before.size() - NEGATION_WINDOW);
        for (int i = before.size() - 1; i >= from; i--) {
            String t = before.get(i);
            if (!Lexicon.NEGATIONS.contains(t)) {
                continue;
            }
            String next = i + 1 < before.size() ? before.get(i + 1) : (inside.isEmpty() ? firstToken(s, start, end) : inside.get(0));
            if (next != null && Lexicon.NEGATION_BREAKERS.contains(next)) {
                return false;
            }
            // A new subject between the negation and the match ends the negation's reach, unless the negation
            // sits on a verb like "think" ("I don't think I'd ever hurt myself").
            boolean raised = next != null && Lexicon.NEG_RAISERS.contains(next);
            for (int j = i + 1; j < before.size(); j++) {
                String w = before.get(j);
                if ((Lexicon.FIRST_PERSON.contains(w) || Lexicon.OTHER_PERSON.contains(w)) && !w.equals("my") && !w.equals("myself")) {
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

    /** Whose experience the match describes: pronouns in the match, then the nearest person word before it. */
    static Subject subject(String s, int sStart, int start, int end) {
        List<String> inside = tokens(s, start, end);
        for (String t : inside) {
            if (Lexicon.FIRST_PERSON.contains(t)) {
                return Subject.SELF;
            }
            if (t.endsWith("self") || t.endsWith("selves") || t.equals("his") || t.equals("her") || t.equals("their")
                    || t.equals("he") || t.equals("she") || t.equals("they")) {
                return Subject.OTHER;
            }
        }
        int scanEnd = start;
        // Inside a quotation the speaker is whoever is named before the quote: "my son said 'I want to die'".
        int open = -1;
        for (int i = sStart; i < start; i++) {
            if (Lexicon.isQuoteOpen(s, i)) {
                open = i;
            } else if (open >= 0 && Lexicon.isQuoteClose(s, i)) {
                open = -1;
            }
        }
        boolean quoted = open >= 0;
        if (quoted) {
            scanEnd = open;
        }
        List<String> before = tokens(s, sStart, scanEnd);
        for (int i = before.size() - 1; i >= 0; i--) {
            String t = before.get(i);
            if (Lexicon.FIRST_PERSON.contains(t)) {
                // "my friend" is another person; "my brain" is the writer.
                if ((t.equals("my") || t.equals("our")) && i + 1 < before.size() && isRelation(before, i + 1)) {
                    return Subject.OTHER;
                }
                return Subject.SELF;
            }
            if (Lexicon.OTHER_PERSON.contains(t) || Lexicon.RELATIONS.contains(t) || t.endsWith("'s") && Lexicon.RELATIONS.contains(t.substring(0, t.length() - 2))) {
                return Subject.OTHER;
            }
        }
        return Subject.UNKNOWN;
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
