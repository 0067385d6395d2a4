package app.tandem.screening.engine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference matcher: tries every piece at every position its {@link RuleDispatch} prefix index allows. Slow to
 * build (probes every piece) and to run; kept so tests can check that {@link PrefilterMatcher} finds the same.
 */
final class DispatchMatcher implements RawMatcher {

    private final List<Pattern> pieces;
    private final int[] groupOf;
    private final int groups;
    private final RuleDispatch dispatch;
    private final ThreadLocal<Matcher[]> matchers;

    DispatchMatcher(List<Rule> pieceRules, int[] groupOf, int groups) {
        this.pieces = pieceRules.stream().map(Rule::pattern).toList();
        this.groupOf = groupOf;
        this.groups = groups;
        this.dispatch = new RuleDispatch(pieceRules);
        this.matchers = ThreadLocal.withInitial(() -> {
            Matcher[] ms = new Matcher[pieces.size()];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = pieces.get(i).matcher("");
                ms[i].useTransparentBounds(true);
                ms[i].useAnchoringBounds(false);
            }
            return ms;
        });
    }

    @Override
    public int[] find(String s) {
        int n = s.length();
        Matcher[] ms = matchers.get();
        boolean[] reset = new boolean[pieces.size()];
        int[] nextStart = new int[groups];
        int[] raw = null;
        int rawCount = 0;
        for (int i = 0; i < n; i++) {
            for (int r : dispatch.candidates(s, i)) {
                if (i < nextStart[groupOf[r]] || !dispatch.deepOk(r, s, i)) {
                    continue;
                }
                Matcher m = ms[r];
                if (!reset[r]) {
                    m.reset(s);
                    reset[r] = true;
                }
                m.region(i, n);
                if (m.lookingAt() && m.end() > m.start()) {
                    if (raw == null) {
                        raw = new int[24];
                    } else if (rawCount + 3 > raw.length) {
                        raw = Arrays.copyOf(raw, raw.length * 2);
                    }
                    raw[rawCount++] = r;
                    raw[rawCount++] = m.start();
                    raw[rawCount++] = m.end();
                    nextStart[groupOf[r]] = m.end();
                }
            }
        }
        return raw == null ? null : Arrays.copyOf(raw, rawCount);
    }
}
