package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "does cue pattern {@code slot} match inside {@code [from, to)}?" exactly as {@code Matcher.find} over
 * that region would, but tries the pattern only where it can start. Each pattern is split into alternatives
 * ({@link PatternSplitter}); {@link RegexFactors} derives each alternative's required strings and start prefixes;
 * one {@link TriggerAutomaton} pass per text finds them all. Immutable and thread-safe; per-text state is a
 * {@link Scan}.
 */
final class CueIndex {

    private final Pattern[] pieces;
    private final int[][] piecesOf; // slot -> pieces in order
    private final int[][][] clauses; // piece -> clauses of trigger ids
    private final boolean[] scanAll; // piece -> no usable start prefix: Matcher.find over the region
    private final int[][] prefixed; // trigger id -> pieces that can start with it
    private final int[] length; // trigger id -> length
    private final TriggerAutomaton automaton;
    private final ThreadLocal<Matcher[]> matchers;

    CueIndex(List<Pattern> slots) {
        List<Pattern> ps = new ArrayList<>();
        List<int[]> bySlot = new ArrayList<>();
        for (Pattern slot : slots) {
            String src = slot.pattern();
            List<String> split =
                    src.indexOf('^') >= 0 || src.indexOf('$') >= 0 ? List.of(src) : PatternSplitter.split(src);
            int[] idx = new int[split.size()];
            for (int k = 0; k < split.size(); k++) {
                idx[k] = ps.size();
                ps.add(Pattern.compile(split.get(k), slot.flags()));
            }
            bySlot.add(idx);
        }
        this.pieces = ps.toArray(new Pattern[0]);
        this.piecesOf = bySlot.toArray(new int[0][]);
        this.clauses = new int[pieces.length][][];
        this.scanAll = new boolean[pieces.length];
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<List<Integer>> prefixedL = new ArrayList<>();
        Map<String, RegexFactors.Info> cache = new HashMap<>();
        for (int p = 0; p < pieces.length; p++) {
            String src = pieces[p].pattern();
            RegexFactors.Info info;
            try {
                // Anchors would mean something else at a start position than at the region start: scan those.
                info = src.indexOf('^') >= 0 || src.indexOf('$') >= 0 || pieces[p].flags() != 0
                        ? new RegexFactors.Info(null, null, List.of())
                        : RegexFactors.analyse(src, cache);
            } catch (IllegalArgumentException e) {
                info = new RegexFactors.Info(null, null, List.of());
            }
            List<int[]> cs = new ArrayList<>();
            for (Set<String> c : info.clauses()) {
                if (c.stream().allMatch(CueIndex::ascii)) {
                    cs.add(c.stream()
                            .mapToInt(s -> id(s, ids, strings, prefixedL))
                            .toArray());
                }
            }
            clauses[p] = cs.toArray(new int[0][]);
            Set<String> prefix = info.prefix();
            if (prefix == null || prefix.contains("") || !prefix.stream().allMatch(CueIndex::ascii)) {
                scanAll[p] = true;
            } else {
                for (String s : prefix) {
                    prefixedL.get(id(s, ids, strings, prefixedL)).add(p);
                }
            }
        }
        this.prefixed = new int[strings.size()][];
        this.length = new int[strings.size()];
        for (int i = 0; i < strings.size(); i++) {
            prefixed[i] = prefixedL.get(i).stream().mapToInt(Integer::intValue).toArray();
            length[i] = strings.get(i).length();
        }
        this.automaton = new TriggerAutomaton(strings);
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[pieces.length]);
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static int id(String s, Map<String, Integer> ids, List<String> strings, List<List<Integer>> prefixed) {
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
            prefixed.add(new ArrayList<>(2));
        }
        return id;
    }

    /** Pieces found by scanning every position, for tests. */
    int scanAllCount() {
        int c = 0;
        for (boolean b : scanAll) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The trigger occurrences of one text. */
    Scan scan(String text) {
        boolean[] seen = new boolean[length.length];
        int[] starts = new int[32]; // pairs: trigger id, start
        int count = 0;
        int st = 0;
        for (int i = 0; i < text.length(); i++) {
            st = automaton.step(st, text.charAt(i));
            for (int id : automaton.out(st)) {
                seen[id] = true;
                if (prefixed[id].length > 0) {
                    if (count + 2 > starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = id;
                    starts[count++] = i + 1 - length[id];
                }
            }
        }
        return new Scan(text, seen, starts, count);
    }

    /** Per-text trigger occurrences; not thread-safe (one text, one thread). */
    final class Scan {
        private final String text;
        private final boolean[] seen;
        private final int[] starts;
        private final int count;

        private Scan(String text, boolean[] seen, int[] starts, int count) {
            this.text = text;
            this.seen = seen;
            this.starts = starts;
            this.count = count;
        }

        /** Whether cue {@code slot} matches inside {@code [from, to)} (transparent bounds), as {@code find} would. */
        boolean find(int slot, int from, int to) {
            for (int p : piecesOf[slot]) {
                if (enabled(p) && (scanAll[p] ? findAnywhere(p, from, to) : findAtPrefixes(p, from, to))) {
                    return true;
                }
            }
            return false;
        }

        private boolean findAnywhere(int p, int from, int to) {
            Matcher m = matcher(p);
            m.region(from, to);
            return m.find();
        }

        private boolean findAtPrefixes(int p, int from, int to) {
            for (int k = 0; k < count; k += 2) {
                int start = starts[k + 1];
                if (start >= from && start < to && startsPiece(starts[k], p) && lookingAt(p, start, to)) {
                    return true;
                }
            }
            return false;
        }

        private boolean lookingAt(int p, int start, int to) {
            Matcher m = matcher(p);
            m.region(start, to);
            return m.lookingAt();
        }

        private boolean enabled(int p) {
            for (int[] c : clauses[p]) {
                boolean any = false;
                for (int id : c) {
                    if (seen[id]) {
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

        private boolean startsPiece(int id, int p) {
            for (int q : prefixed[id]) {
                if (q == p) {
                    return true;
                }
            }
            return false;
        }

        private Matcher matcher(int p) {
            Matcher[] ms = matchers.get();
            Matcher m = ms[p];
            if (m == null) {
                m = pieces[p].matcher(text);
                m.useTransparentBounds(true);
                ms[p] = m;
            } else {
                m.reset(text);
            }
            return m;
        }
    }
}
