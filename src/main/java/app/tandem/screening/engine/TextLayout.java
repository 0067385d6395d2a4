package app.tandem.screening.engine;

import java.util.Arrays;

/**
 * Sentence and clause boundaries of a normalised text, so cues such as negation or another person are scoped
 * to the sentence or clause they occur in.
 */
final class TextLayout {

    private final String text;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final boolean[] questions;
    private final int[] clauseStarts;
    /** Lazily computed sentence-level cues: 0 = not yet, 1 = absent, 2 = present; one row per cue slot. */
    private byte[][] cueCache;

    private TextLayout(String text, int[] sentenceStarts, int[] sentenceEnds, boolean[] questions, int[] clauseStarts) {
        this.text = text;
        this.sentenceStarts = sentenceStarts;
        this.sentenceEnds = sentenceEnds;
        this.questions = questions;
        this.clauseStarts = clauseStarts;
    }

    static TextLayout of(String s) {
        int n = s.length();
        int[] ss = new int[8];
        int[] se = new int[8];
        boolean[] q = new boolean[8];
        int[] cs = new int[16];
        int sc = 0;
        int cc = 0;
        int start = 0;
        cs[cc++] = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?' || c == ';';
            // "0.5mg" and "e.g." are not sentence ends: a dot between two non-spaces is kept.
            if (c == '.'
                    && i > 0
                    && i + 1 < n
                    && s.charAt(i + 1) != ' '
                    && s.charAt(i + 1) != '.'
                    && s.charAt(i - 1) != ' ') {
                end = false;
            }
            if (end) {
                int j = i;
                boolean question = false;
                while (j < n
                        && (s.charAt(j) == '.' || s.charAt(j) == '!' || s.charAt(j) == '?' || s.charAt(j) == ';')) {
                    question |= s.charAt(j) == '?';
                    j++;
                }
                if (sc == ss.length) {
                    ss = Arrays.copyOf(ss, sc * 2);
                    se = Arrays.copyOf(se, sc * 2);
                    q = Arrays.copyOf(q, sc * 2);
                }
                ss[sc] = start;
                se[sc] = i;
                q[sc] = question;
                sc++;
                start = j;
                i = j;
                if (cc == cs.length) {
                    cs = Arrays.copyOf(cs, cc * 2);
                }
                cs[cc++] = j;
                continue;
            }
            if (c == ','
                    || c == ':'
                    || c == '('
                    || c == ')'
                    || c == '"'
                    || c == '-' && i > 0 && s.charAt(i - 1) == ' '
                    || c == ' ' && clauseWordAt(s, i + 1)) {
                if (cc == cs.length) {
                    cs = Arrays.copyOf(cs, cc * 2);
                }
                cs[cc++] = i + 1;
            }
            i++;
        }
        if (start < n) {
            if (sc == ss.length) {
                ss = Arrays.copyOf(ss, sc + 1);
                se = Arrays.copyOf(se, sc + 1);
                q = Arrays.copyOf(q, sc + 1);
            }
            ss[sc] = start;
            se[sc] = n;
            q[sc] = false;
            sc++;
        }
        return new TextLayout(
                s, Arrays.copyOf(ss, sc), Arrays.copyOf(se, sc), Arrays.copyOf(q, sc), Arrays.copyOf(cs, cc));
    }

    /** Words that open a new clause, so "I'm not okay but I want to die" scopes "not" to the first clause. */
    private static final String[] CLAUSE_WORDS = {
        "but ",
        "though ",
        "although ",
        "however ",
        "except ",
        "yet ",
        "because ",
        "cause ",
        "cuz ",
        "and i ",
        "and now ",
        "so i ",
        "just "
    };

    /** The clause words by first letter, so most spaces are settled by one lookup. */
    private static final String[][] CLAUSE_BY_FIRST = new String[128][];

    static {
        for (String w : CLAUSE_WORDS) {
            String[] old = CLAUSE_BY_FIRST[w.charAt(0)];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            CLAUSE_BY_FIRST[w.charAt(0)] = grown;
        }
    }

    private static boolean clauseWordAt(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        String[] words = c < 128 ? CLAUSE_BY_FIRST[c] : null;
        if (words == null) {
            return false;
        }
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    static final int MEDIA = 0;
    static final int PAST = 1;
    static final int RECENT = 2;
    static final int CURRENT = 3;
    static final int HUMOUR = 4;
    static final int BENIGN = 5;
    static final int SERIOUS = 6;
    /** Resolve markers anywhere in the text ("I've made up my mind"). */
    static final int RESOLVE = 7;
    /** The cue patterns by slot. */
    static final java.util.List<java.util.regex.Pattern> CUE_PATTERNS = java.util.List.of(
            Lexicon.MEDIA,
            Lexicon.PAST,
            Lexicon.RECENT,
            Lexicon.CURRENT,
            Lexicon.HUMOUR,
            Lexicon.BENIGN,
            Lexicon.SERIOUS,
            Lexicon.RESOLVE);
    /** Finds cues only where they can start; equivalent to {@code find} over the sentence. */
    private static final CueIndex CUES = new CueIndex(CUE_PATTERNS);

    private CueIndex.Scan cueScan;

    /** Whether the cue pattern in {@code slot} occurs in sentence {@code idx}; computed once per sentence. */
    boolean cue(int slot, int idx) {
        if (cueCache == null) {
            cueCache = new byte[CUE_PATTERNS.size()][Math.max(1, sentenceStarts.length)];
        }
        byte v = cueCache[slot][idx];
        if (v == 0) {
            // "I want to die lol. not joking though": seriousness markers apply to the whole text.
            boolean wholeText = slot == SERIOUS || slot == RESOLVE;
            int from = sentenceStarts.length == 0 || wholeText ? 0 : sentenceStarts[idx];
            int to = sentenceEnds.length == 0 || wholeText ? text.length() : sentenceEnds[idx];
            if (cueScan == null) {
                cueScan = CUES.scan(text);
            }
            v = cueScan.find(slot, from, to) ? (byte) 2 : (byte) 1;
            cueCache[slot][idx] = v;
        }
        return v == 2;
    }

    String text() {
        return text;
    }

    int sentenceIndex(int pos) {
        int idx = Arrays.binarySearch(sentenceStarts, pos);
        if (idx < 0) {
            idx = -idx - 2;
        }
        return Math.max(0, Math.min(idx, sentenceStarts.length - 1));
    }

    int sentenceStart(int idx) {
        return sentenceStarts.length == 0 ? 0 : sentenceStarts[idx];
    }

    int sentenceEnd(int idx) {
        return sentenceEnds.length == 0 ? text.length() : sentenceEnds[idx];
    }

    boolean question(int idx) {
        return questions.length > 0 && questions[idx];
    }

    int sentenceCount() {
        return sentenceStarts.length;
    }

    String sentence(int idx) {
        return sentenceStarts.length == 0
                ? text
                : text.substring(sentenceStarts[idx], sentenceEnds[idx]).trim();
    }

    /** Start of the clause containing {@code pos}. */
    int clauseStart(int pos) {
        int idx = Arrays.binarySearch(clauseStarts, pos);
        if (idx < 0) {
            idx = -idx - 2;
        }
        return idx < 0 ? 0 : clauseStarts[idx];
    }

    /** End of the clause containing {@code pos} (exclusive). */
    int clauseEnd(int pos) {
        int idx = Arrays.binarySearch(clauseStarts, pos + 1);
        if (idx < 0) {
            idx = -idx - 1;
        }
        int end = idx < clauseStarts.length ? clauseStarts[idx] : text.length();
        return Math.min(end, sentenceEnd(sentenceIndex(pos)));
    }
}
