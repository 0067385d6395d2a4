package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rule-piece matches with one Aho-Corasick pass over the normalised text. Every piece's trigger strings are
 * derived from its regex by {@link RegexFactors} (no hand-kept list): a piece is tried only if the text contains
 * one string of each of its required clauses, and only at positions where one of its start prefixes occurs. Most
 * texts contain no trigger at all and cost one pass. The result is the same as trying every piece at every
 * position: positions ascending, pieces in table order, each rule's matches non-overlapping.
 */
final class PrefilterMatcher implements RawMatcher {

    private final String[] sources;
    /** Compiled on first use: most pieces are never tried in a run, and compiling all of them costs start-up time. */
    private final AtomicReferenceArray<Pattern> pieces;

    private final int[] groupOf;
    private final int groups;

    private final TriggerAutomaton automaton;
    private final int[] length; // trigger id -> length
    private final int[][] anchored; // trigger id -> pieces whose first clause contains it
    private final int[][] prefixed; // trigger id -> pieces that can start with it
    private final boolean[] isPrefix;
    private final int[][][] clauses; // piece -> clauses of trigger ids
    private final int[] unconditional; // pieces with no usable clause: always considered
    private final boolean[] scanAll; // pieces without a usable start prefix: found with Matcher.find
    private final int[] scanAllPieces;
    private final ThreadLocal<Scratch> scratch;

    PrefilterMatcher(List<String> sources, int[] groupOf, int groups) {
        this.sources = sources.toArray(new String[0]);
        this.pieces = new AtomicReferenceArray<>(this.sources.length);
        this.groupOf = groupOf;
        this.groups = groups;
        int n = this.sources.length;
        List<RegexFactors.Info> infos = PrecomputedFactors.lookup(sources);
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<List<Integer>> anchoredL = new ArrayList<>();
        List<List<Integer>> prefixedL = new ArrayList<>();
        this.clauses = new int[n][][];
        this.scanAll = new boolean[n];
        List<Integer> always = new ArrayList<>();
        Map<String, RegexFactors.Info> groupCache = new HashMap<>();
        for (int p = 0; p < n; p++) {
            RegexFactors.Info info = infos != null ? infos.get(p) : analyse(sources.get(p), groupCache);
            List<Set<String>> cs = new ArrayList<>();
            for (Set<String> c : info.clauses()) {
                if (ascii(c)) {
                    cs.add(c);
                }
            }
            clauses[p] = new int[cs.size()][];
            for (int k = 0; k < cs.size(); k++) {
                int[] c = new int[cs.get(k).size()];
                int j = 0;
                for (String s : cs.get(k)) {
                    c[j++] = id(s, ids, strings, anchoredL, prefixedL);
                }
                clauses[p][k] = c;
            }
            if (cs.isEmpty()) {
                always.add(p);
            } else {
                for (int t : clauses[p][0]) {
                    anchoredL.get(t).add(p);
                }
            }
            Set<String> prefix = info.prefix();
            if (prefix == null || prefix.contains("") || !ascii(prefix)) {
                scanAll[p] = true;
            } else {
                for (String s : prefix) {
                    prefixedL.get(id(s, ids, strings, anchoredL, prefixedL)).add(p);
                }
            }
        }
        this.unconditional = toArray(always);
        List<Integer> scanned = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (scanAll[p]) {
                scanned.add(p);
            }
        }
        this.scanAllPieces = toArray(scanned);
        int t = strings.size();
        this.length = new int[t];
        this.anchored = new int[t][];
        this.prefixed = new int[t][];
        this.isPrefix = new boolean[t];
        for (int i = 0; i < t; i++) {
            length[i] = strings.get(i).length();
            anchored[i] = toArray(anchoredL.get(i));
            prefixed[i] = toArray(prefixedL.get(i));
            isPrefix[i] = prefixed[i].length > 0;
        }
        this.automaton = new TriggerAutomaton(strings);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(this.sources.length, t, this.groups));
    }

    /** Size of the automaton, for tests and tuning: {states, trigger strings, symbols}. */
    int[] automatonSize() {
        return new int[] {automaton.size()[0], length.length, automaton.size()[1]};
    }

    /** The facts about one piece; a piece the analysis cannot read is tried on every text at every position. */
    static RegexFactors.Info analyse(String source, Map<String, RegexFactors.Info> groupCache) {
        try {
            return RegexFactors.analyse(source, groupCache);
        } catch (IllegalArgumentException e) {
            return new RegexFactors.Info(null, null, List.of());
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static boolean ascii(Set<String> strings) {
        for (String s : strings) {
            if (!ascii(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static int id(
            String s, Map<String, Integer> ids, List<String> strings, List<List<Integer>> a, List<List<Integer>> p) {
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
            a.add(new ArrayList<>(2));
            p.add(new ArrayList<>(2));
        }
        return id;
    }

    /** Per-thread reusable state: stamps avoid clearing arrays between texts. */
    private static final class Scratch {
        final Matcher[] matchers;
        final int[] seen; // trigger id -> stamp when seen in this text
        final int[] checked; // piece -> stamp when its clauses were checked
        final int[] resetStamp; // piece -> stamp when its matcher was pointed at this text
        final boolean[] enabled;
        final int[] nextStart;
        int[] seenList = new int[64];
        int[] occurrences = new int[64]; // pairs: trigger id, end position (exclusive)
        long[] events = new long[64];
        int stamp;
        int seenCount;
        int occurrenceCount;

        Scratch(int pieces, int triggers, int groups) {
            matchers = new Matcher[pieces];
            seen = new int[triggers];
            checked = new int[pieces];
            resetStamp = new int[pieces];
            enabled = new boolean[pieces];
            nextStart = new int[groups];
        }
    }

    /** Number of pieces that are always tried (no usable required string); for tests and tuning. */
    int unconditionalCount() {
        return unconditional.length;
    }

    /** Number of pieces found by scanning every position (no usable start prefix); for tests and tuning. */
    int scanAllCount() {
        int c = 0;
        for (boolean b : scanAll) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Override
    public int[] find(String s) {
        // Kept as small methods: the JIT compiles each cheaply instead of one huge method with the regex inlined.
        Scratch x = scratch.get();
        if (++x.stamp == Integer.MAX_VALUE) {
            Arrays.fill(x.seen, 0);
            Arrays.fill(x.checked, 0);
            Arrays.fill(x.resetStamp, 0);
            x.stamp = 1;
        }
        scan(x, s);
        if (!enable(x)) {
            return null;
        }
        int ev = events(x, s);
        if (ev == 0) {
            return null;
        }
        sort(x.events, ev);
        return match(x, s, ev);
    }

    /** One automaton pass: which trigger strings occur, and where the start prefixes end. */
    private void scan(Scratch x, String s) {
        int stamp = x.stamp;
        int seenCount = 0;
        int occ = 0;
        int st = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            st = automaton.step(st, s.charAt(i));
            int[] o = automaton.out(st);
            for (int k = 0; k < o.length; k++) {
                int id = o[k];
                if (x.seen[id] != stamp) {
                    x.seen[id] = stamp;
                    if (seenCount == x.seenList.length) {
                        x.seenList = Arrays.copyOf(x.seenList, seenCount * 2);
                    }
                    x.seenList[seenCount++] = id;
                }
                if (isPrefix[id]) {
                    if (occ + 2 > x.occurrences.length) {
                        x.occurrences = Arrays.copyOf(x.occurrences, occ * 2);
                    }
                    x.occurrences[occ++] = id;
                    x.occurrences[occ++] = i + 1;
                }
            }
        }
        x.seenCount = seenCount;
        x.occurrenceCount = occ;
    }

    /** Marks the pieces whose every required clause occurs; false when there are none. */
    private boolean enable(Scratch x) {
        int stamp = x.stamp;
        boolean any = false;
        for (int k = 0; k < x.seenCount; k++) {
            for (int p : anchored[x.seenList[k]]) {
                if (x.checked[p] != stamp) {
                    x.checked[p] = stamp;
                    boolean ok = allClauses(clauses[p], x.seen, stamp);
                    x.enabled[p] = ok;
                    any |= ok;
                }
            }
        }
        for (int p : unconditional) {
            x.checked[p] = stamp;
            x.enabled[p] = true;
            any = true;
        }
        return any;
    }

    /** Candidate (start, piece) events of the enabled pieces; returns their number. */
    private int events(Scratch x, String s) {
        int stamp = x.stamp;
        int ev = 0;
        for (int k = 0; k < x.occurrenceCount; k += 2) {
            int id = x.occurrences[k];
            int start = x.occurrences[k + 1] - length[id];
            for (int p : prefixed[id]) {
                if (x.checked[p] == stamp && x.enabled[p]) {
                    if (ev == x.events.length) {
                        x.events = Arrays.copyOf(x.events, ev * 2);
                    }
                    x.events[ev++] = (long) start << 32 | p;
                }
            }
        }
        for (int p : scanAllPieces) {
            if (x.checked[p] == stamp && x.enabled[p]) {
                ev = scanEvents(x, s, p, ev);
            }
        }
        return ev;
    }

    /** A piece without a known start prefix: every position where it matches is a candidate. */
    private int scanEvents(Scratch x, String s, int p, int ev) {
        int n = s.length();
        Matcher m = matcher(x, p, s);
        int from = 0;
        while (from <= n) {
            m.region(from, n);
            if (!m.find()) {
                break;
            }
            if (ev == x.events.length) {
                x.events = Arrays.copyOf(x.events, ev * 2);
            }
            x.events[ev++] = (long) m.start() << 32 | p;
            from = m.start() + 1;
        }
        return ev;
    }

    /** Ascending; insertion sort for the usual handful of events. */
    private static void sort(long[] a, int n) {
        if (n > 48) {
            Arrays.sort(a, 0, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Tries the sorted events like the position-by-position scan: each rule's matches non-overlapping. */
    private int[] match(Scratch x, String s, int ev) {
        int n = s.length();
        Arrays.fill(x.nextStart, 0);
        int[] raw = null;
        int rawCount = 0;
        long previous = -1;
        for (int k = 0; k < ev; k++) {
            long e = x.events[k];
            if (e == previous) {
                continue;
            }
            previous = e;
            int start = (int) (e >>> 32);
            int p = (int) e;
            if (start < x.nextStart[groupOf[p]]) {
                continue;
            }
            int end = lookingAt(x, p, s, start, n);
            if (end > start) {
                if (raw == null) {
                    raw = new int[24];
                } else if (rawCount + 3 > raw.length) {
                    raw = Arrays.copyOf(raw, raw.length * 2);
                }
                raw[rawCount++] = p;
                raw[rawCount++] = start;
                raw[rawCount++] = end;
                x.nextStart[groupOf[p]] = end;
            }
        }
        return raw == null ? null : Arrays.copyOf(raw, rawCount);
    }

    /** End of piece {@code p}'s match starting at {@code start}, or -1. */
    private int lookingAt(Scratch x, int p, String s, int start, int n) {
        Matcher m = matcher(x, p, s);
        m.region(start, n);
        return m.lookingAt() ? m.end() : -1;
    }

    private static boolean allClauses(int[][] cs, int[] seen, int stamp) {
        for (int[] c : cs) {
            boolean any = false;
            for (int id : c) {
                if (seen[id] == stamp) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The thread's matcher for piece {@code p}, pointed at {@code s} (reset only when the text changed). */
    private Matcher matcher(Scratch x, int p, String s) {
        Matcher m = x.matchers[p];
        if (m == null) {
            Pattern pattern = pieces.get(p);
            if (pattern == null) {
                pattern = Pattern.compile(sources[p]);
                pieces.set(p, pattern); // a racing thread compiles an equal pattern: harmless
            }
            m = pattern.matcher(s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            x.matchers[p] = m;
        } else if (x.resetStamp[p] != x.stamp) {
            m.reset(s);
        }
        x.resetStamp[p] = x.stamp;
        return m;
    }
}
