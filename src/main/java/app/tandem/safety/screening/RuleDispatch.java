package app.tandem.safety.screening;

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
    private final int[][] byBigram;   // positions with exactly two characters left
    private final int[][] byUnigram;  // the last character
    private final int[] all;          // fallback for non-ASCII prefixes

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
                            tri.computeIfAbsent(key(a, b, c), k -> new ArrayList<>(4)).add(r);
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
