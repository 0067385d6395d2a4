package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Start-position index over the rule table: for every three-character prefix, the rules whose pattern can
 * begin a match there. Built once by probing each pattern with {@link Matcher#hitEnd()}, so a text is scanned
 * once and a pattern is only tried where it can start, instead of every pattern being tried at every position.
 */
final class RuleDispatch {

    private static final char FIRST = 32;
    private static final char LAST = 126;
    private static final int[] NONE = new int[0];

    private final int[][][] byTrigram; // [a * 128 + b][c], null rows where no rule can start with "ab"
    private final int[][] byBigram; // positions with exactly two characters left
    private final int[][] byUnigram; // the last character
    private final int[] all; // fallback for non-ASCII prefixes
    /** Per rule: sorted keys of every viable prefix of length {@code deepLength[r]} (0 = no deeper filter). */
    private final long[][] deepPrefixes;

    private final int[] deepLength;

    private static final int DEEP_MAX = 6;
    private static final int DEEP_CAP = 24;

    RuleDispatch(List<Rule> rules) {
        Map<Integer, List<Integer>> tri = new HashMap<>();
        List<List<Integer>> bi = new ArrayList<>(128 * 128);
        List<List<Integer>> uni = new ArrayList<>(128);
        for (int i = 0; i < 128 * 128; i++) {
            bi.add(null);
        }
        for (int i = 0; i < 128; i++) {
            uni.add(null);
        }
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = rules.get(r).pattern().matcher("");
            for (char a = FIRST; a <= LAST; a++) {
                String p1 = String.valueOf(a);
                if (!viable(m, p1)) {
                    continue;
                }
                add(uni, a, r);
                for (char b = FIRST; b <= LAST; b++) {
                    String p2 = p1 + b;
                    if (!viable(m, p2)) {
                        continue;
                    }
                    add(bi, a * 128 + b, r);
                    for (char c = FIRST; c <= LAST; c++) {
                        if (viable(m, p2 + c)) {
                            tri.computeIfAbsent(key(a, b, c), k -> new ArrayList<>(4))
                                    .add(r);
                        }
                    }
                }
            }
        }
        this.byTrigram = new int[128 * 128][][];
        tri.forEach((k, v) -> {
            int ab = (k >> 16) * 128 + ((k >> 8) & 0xFF);
            if (byTrigram[ab] == null) {
                byTrigram[ab] = new int[128][];
            }
            byTrigram[ab][k & 0xFF] = toArray(v);
        });
        this.byBigram = new int[128 * 128][];
        for (int i = 0; i < byBigram.length; i++) {
            byBigram[i] = bi.get(i) == null ? NONE : toArray(bi.get(i));
        }
        this.byUnigram = new int[128][];
        for (int i = 0; i < 128; i++) {
            byUnigram[i] = uni.get(i) == null ? NONE : toArray(uni.get(i));
        }
        this.deepPrefixes = new long[rules.size()][];
        this.deepLength = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            buildDeep(r, rules.get(r).pattern().matcher(""));
        }
        this.all = new int[rules.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    /** Rules that may start a match at {@code i} in {@code s}. */
    int[] candidates(String s, int i) {
        int n = s.length();
        char a = s.charAt(i);
        if (a < FIRST || a > LAST) {
            return all;
        }
        if (i + 1 >= n) {
            return byUnigram[a];
        }
        char b = s.charAt(i + 1);
        if (b < FIRST || b > LAST) {
            return all;
        }
        if (i + 2 >= n) {
            return byBigram[a * 128 + b];
        }
        char c = s.charAt(i + 2);
        if (c < FIRST || c > LAST) {
            return all;
        }
        int[][] row = byTrigram[a * 128 + b];
        if (row == null) {
            return NONE;
        }
        int[] r = row[c];
        return r == null ? NONE : r;
    }

    /**
     * Breadth-first probe of the prefixes a rule can start with, up to {@link #DEEP_MAX} characters while there are
     * few of them; a text position is then tried only if its next characters are one of those prefixes.
     */
    private void buildDeep(int r, Matcher m) {
        List<String> frontier = List.of("");
        int depth = 0;
        for (int d = 1; d <= DEEP_MAX; d++) {
            List<String> next = new ArrayList<>();
            for (String p : frontier) {
                for (char c = FIRST; c <= LAST && next.size() <= DEEP_CAP; c++) {
                    if (viable(m, p + c)) {
                        next.add(p + c);
                    }
                }
            }
            if (next.isEmpty() || next.size() > DEEP_CAP) {
                break;
            }
            frontier = next;
            depth = d;
        }
        if (depth <= 3) {
            return; // the trigram index already filters this well
        }
        long[] keys = new long[frontier.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(frontier.get(i), 0, depth);
        }
        java.util.Arrays.sort(keys);
        deepPrefixes[r] = keys;
        deepLength[r] = depth;
    }

    /** False when rule {@code r} certainly cannot start a match at {@code i}: its next characters are no viable prefix. */
    boolean deepOk(int r, String s, int i) {
        int len = deepLength[r];
        if (len == 0 || i + len > s.length()) {
            return true;
        }
        for (int k = i; k < i + len; k++) {
            char c = s.charAt(k);
            if (c < FIRST || c > LAST) {
                return true;
            }
        }
        return java.util.Arrays.binarySearch(deepPrefixes[r], key(s, i, len)) >= 0;
    }

    private static long key(String s, int from, int len) {
        long k = 0;
        for (int i = from; i < from + len; i++) {
            k = k << 7 | s.charAt(i);
        }
        return k;
    }

    /**
     * True when some text starting with {@code prefix} (after a space) could match: either it matches already, or
     * the matcher ran out of input while still able to continue.
     */
    private static boolean viable(Matcher m, String prefix) {
        String probe = " " + prefix;
        m.reset(probe);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(1, probe.length());
        return m.lookingAt() || m.hitEnd();
    }

    private static int key(char a, char b, char c) {
        return a << 16 | b << 8 | c;
    }

    private static void add(List<List<Integer>> table, int idx, int rule) {
        List<Integer> l = table.get(idx);
        if (l == null) {
            l = new ArrayList<>(4);
            table.set(idx, l);
        }
        l.add(rule);
    }

    private static int[] toArray(List<Integer> l) {
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i);
        }
        return out;
    }
}
