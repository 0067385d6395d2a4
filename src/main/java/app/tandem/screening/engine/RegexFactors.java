package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Literal facts about a regex, derived from its source so they hold for every text (no hand-kept word list):
 * <ul>
 *   <li>{@code prefix}: every match starts with one of these strings (null when unknown);</li>
 *   <li>{@code clauses}: every match contains, for each clause, at least one of the clause's strings.</li>
 * </ul>
 * The analysis is sound by construction: literals are exact, alternatives unite, concatenation multiplies or
 * collects requirements, anything it cannot read ({@code \w}, {@code .}, wide classes, optional parts) only
 * removes knowledge, and zero-width assertions (lookarounds, {@code \b}, anchors) match the empty string.
 * Unsupported syntax throws, so the caller can fall back to trying the pattern everywhere.
 */
final class RegexFactors {

    /** Bump when the analysis changes, so precomputed results ({@link PrecomputedFactors}) are not used. */
    static final int VERSION = 1;

    /** Largest exact string set kept before a node is treated as "contains one of these" only. */
    private static final int EXACT_CAP = 64;

    private static final int PREFIX_CAP = 256;
    /**
     * Start prefixes and required strings are cut to this many characters: a prefix of a start prefix is still one,
     * and a text that contains a string contains its beginning. Short strings keep the automaton small.
     */
    static final int PREFIX_LENGTH = 5;

    static final int CLAUSE_LENGTH = 8;
    /** Clauses with a string shorter than this are dropped: a one-letter requirement filters nothing. */
    private static final int MIN_CLAUSE_LENGTH = 2;

    /** What is known about the strings one regex node matches. */
    record Info(Set<String> exact, Set<String> prefix, List<Set<String>> clauses) {}

    private static final Info EMPTY = exact(Set.of(""));
    private static final Info UNKNOWN = new Info(null, null, List.of());

    private final String re;
    private final Map<String, Info> groupCache;
    private int pos;

    private RegexFactors(String re, Map<String, Info> groupCache) {
        this.re = re;
        this.groupCache = groupCache;
    }

    /** Facts about {@code regex}; throws IllegalArgumentException on syntax the analysis does not read. */
    static Info analyse(String regex) {
        return analyse(regex, new HashMap<>());
    }

    /**
     * As {@link #analyse(String)}, sharing {@code groupCache} between calls: split rule pieces repeat the same long
     * groups (word lists, macros), which are then read once.
     */
    static Info analyse(String regex, Map<String, Info> groupCache) {
        RegexFactors p = new RegexFactors(regex, groupCache);
        Info info = p.alternation();
        if (p.pos != regex.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + p.pos);
        }
        return new Info(info.exact(), prefixOf(info), prune(clausesOf(info)));
    }

    /** The most selective clause first: longest shortest string, then fewest strings. */
    static List<Set<String>> prune(List<Set<String>> clauses) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> c : clauses) {
            if (minLength(c) >= MIN_CLAUSE_LENGTH && !out.contains(c)) {
                out.add(c);
            }
        }
        out.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        return out;
    }

    private Info alternation() {
        Info acc = sequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            acc = alt(acc, sequence());
        }
        return acc;
    }

    private Info sequence() {
        // Runs of exact parts are multiplied out before they meet an inexact part, so "(?:x)\\s*done" keeps "done".
        Seq seq = new Seq();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info atom = atom();
            int[] q = quantifier();
            if (q == null) {
                seq.add(atom);
            } else if (q[0] == 0) {
                if (q[1] == 1 && atom.exact() != null) {
                    Set<String> opt = new LinkedHashSet<>(atom.exact());
                    opt.add("");
                    seq.add(exact(opt));
                } else {
                    seq.add(UNKNOWN);
                }
            } else {
                // x{n,m} = x repeated n times, then unknown; at most three copies are spelled out.
                for (int k = 0; k < Math.min(q[0], 3); k++) {
                    seq.add(atom);
                }
                if (q[0] > 3 || q[1] != q[0]) {
                    seq.add(UNKNOWN);
                }
            }
        }
        return seq.done();
    }

    /** A concatenation being built: the inexact part so far and the exact run after it. */
    private static final class Seq {
        private Info acc;
        private Set<String> run = Set.of("");

        void add(Info e) {
            if (e.exact() != null && (long) run.size() * e.exact().size() <= EXACT_CAP) {
                run = product(run, e.exact());
                return;
            }
            flush();
            if (e.exact() != null) {
                run = e.exact();
            } else {
                acc = concat(acc, e);
            }
        }

        private void flush() {
            if (!(run.size() == 1 && run.contains(""))) {
                acc = concat(acc, exact(run));
            }
            run = Set.of("");
        }

        Info done() {
            flush();
            return acc == null ? EMPTY : acc;
        }
    }

    /** {min, max} with max -1 for unbounded, or null when no quantifier follows. */
    private int[] quantifier() {
        if (pos >= re.length()) {
            return null;
        }
        char c = re.charAt(pos);
        int[] q;
        if (c == '?') {
            q = new int[] {0, 1};
            pos++;
        } else if (c == '*') {
            q = new int[] {0, -1};
            pos++;
        } else if (c == '+') {
            q = new int[] {1, -1};
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' at " + pos);
            }
            String body = re.substring(pos + 1, close);
            int comma = body.indexOf(',');
            try {
                if (comma < 0) {
                    int n = Integer.parseInt(body);
                    q = new int[] {n, n};
                } else {
                    int min = Integer.parseInt(body.substring(0, comma));
                    String max = body.substring(comma + 1);
                    q = new int[] {min, max.isEmpty() ? -1 : Integer.parseInt(max)};
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad quantifier at " + pos, e);
            }
            pos = close + 1;
        } else {
            return null;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: same strings
        }
        return q;
    }

    private Info atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                int close = matchingParen(re, pos);
                String key = close < 0 ? null : re.substring(pos, close + 1);
                Info cached = key == null ? null : groupCache.get(key);
                if (cached != null) {
                    pos = close + 1;
                    return cached;
                }
                Info parsed = group();
                if (key != null && pos == close + 1) {
                    groupCache.put(key, parsed);
                }
                return parsed;
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                pos++;
                return UNKNOWN;
            }
            case '^', '$' -> {
                pos++;
                return EMPTY;
            }
            case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
            default -> {
                pos++;
                return exact(Set.of(String.valueOf(c)));
            }
        }
    }

    private Info group() {
        boolean zeroWidth = false;
        if (re.startsWith("(?:", pos)) {
            pos += 3;
        } else if (re.startsWith("(?=", pos) || re.startsWith("(?!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos)) {
            pos += 4;
            zeroWidth = true;
        } else if (re.startsWith("(?", pos)) {
            throw new IllegalArgumentException("unsupported group at " + pos);
        } else {
            pos += 1;
        }
        Info inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return zeroWidth ? EMPTY : inner;
    }

    /** Index of the parenthesis closing the one at {@code open}, or -1. */
    private static int matchingParen(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private Info escape() {
        if (pos + 1 >= re.length()) {
            throw new IllegalArgumentException("trailing backslash");
        }
        char e = re.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                return EMPTY;
            }
            case 'w', 'W', 's', 'S', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                return UNKNOWN;
            }
            case 'n' -> {
                return exact(Set.of("\n"));
            }
            case 't' -> {
                return exact(Set.of("\t"));
            }
            case 'Q' -> {
                int end = re.indexOf("\\E", pos);
                String lit = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                return exact(Set.of(lit));
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new IllegalArgumentException("unsupported escape \\" + e);
                }
                return exact(Set.of(String.valueOf(e)));
            }
        }
    }

    private Info charClass() {
        pos++; // '['
        boolean negated = pos < re.length() && re.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean wide = negated;
        boolean first = true;
        while (true) {
            if (pos >= re.length()) {
                throw new IllegalArgumentException("unclosed class");
            }
            char c = re.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[' || re.startsWith("&&", pos)) {
                throw new IllegalArgumentException("nested class at " + pos);
            }
            char lit;
            if (c == '\\') {
                char e = re.charAt(pos + 1);
                pos += 2;
                if (Character.isLetterOrDigit(e)) {
                    if (e == 'n') {
                        lit = '\n';
                    } else if (e == 't') {
                        lit = '\t';
                    } else {
                        wide = true; // \w, \d, \s, \p...: too many characters to list
                        if (e == 'p' || e == 'P') {
                            throw new IllegalArgumentException("unsupported class escape");
                        }
                        continue;
                    }
                } else {
                    lit = e;
                }
            } else {
                lit = c;
                pos++;
            }
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                char hi = re.charAt(pos + 1);
                if (hi == '\\' || hi == '[') {
                    throw new IllegalArgumentException("unsupported range at " + pos);
                }
                pos += 2;
                if (hi - lit > 9) {
                    wide = true;
                } else {
                    for (char x = lit; x <= hi; x++) {
                        chars.add(String.valueOf(x));
                    }
                }
            } else {
                chars.add(String.valueOf(lit));
            }
        }
        return wide || chars.size() > 10 ? UNKNOWN : exact(chars);
    }

    /** An exact node; its prefix and clauses are derived when needed ({@link #prefixOf}, {@link #clausesOf}). */
    static Info exact(Set<String> strings) {
        return new Info(strings, null, null);
    }

    static Set<String> prefixOf(Info i) {
        return i.exact() != null ? cut(i.exact()) : i.prefix();
    }

    static List<Set<String>> clausesOf(Info i) {
        return i.exact() != null ? clausesOf(i.exact()) : i.clauses();
    }

    private static List<Set<String>> clausesOf(Set<String> exact) {
        if (exact.contains("")) {
            return List.of();
        }
        Set<String> cut = new LinkedHashSet<>();
        for (String x : exact) {
            cut.add(x.length() > CLAUSE_LENGTH ? x.substring(0, CLAUSE_LENGTH) : x);
        }
        return List.of(cut);
    }

    /** {@code a} then {@code b}; a null {@code a} is the empty start of a sequence. */
    static Info concat(Info a, Info b) {
        if (a == null) {
            return b;
        }
        if (a.exact() != null
                && b.exact() != null
                && (long) a.exact().size() * b.exact().size() <= EXACT_CAP) {
            return exact(product(a.exact(), b.exact()));
        }
        Set<String> prefix;
        if (a.exact() != null) {
            Set<String> bp = prefixOf(b);
            prefix = bp != null && (long) a.exact().size() * bp.size() <= PREFIX_CAP
                    ? product(a.exact(), bp)
                    : a.exact();
        } else {
            prefix = a.prefix();
        }
        List<Set<String>> clauses = new ArrayList<>(clausesOf(a));
        clauses.addAll(clausesOf(b));
        return new Info(null, cut(prefix), clauses);
    }

    private static Set<String> cut(Set<String> prefix) {
        if (prefix == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : prefix) {
            out.add(x.length() > PREFIX_LENGTH ? x.substring(0, PREFIX_LENGTH) : x);
        }
        return out;
    }

    static Info alt(Info a, Info b) {
        if (a.exact() != null
                && b.exact() != null
                && a.exact().size() + b.exact().size() <= EXACT_CAP) {
            Set<String> u = new LinkedHashSet<>(a.exact());
            u.addAll(b.exact());
            return exact(u);
        }
        Set<String> prefix = null;
        Set<String> pa = prefixOf(a);
        Set<String> pb = prefixOf(b);
        if (pa != null && pb != null && pa.size() + pb.size() <= PREFIX_CAP) {
            prefix = new LinkedHashSet<>(pa);
            prefix.addAll(pb);
        }
        // Either side's best requirement holds for its matches, so their union holds for both.
        Set<String> ca = best(clausesOf(a));
        Set<String> cb = best(clausesOf(b));
        List<Set<String>> clauses = List.of();
        if (ca != null && cb != null) {
            Set<String> u = new LinkedHashSet<>(ca);
            u.addAll(cb);
            clauses = List.of(u);
        }
        return new Info(null, prefix, clauses);
    }

    private static Set<String> best(List<Set<String>> clauses) {
        Set<String> best = null;
        for (Set<String> c : clauses) {
            if (minLength(c) >= MIN_CLAUSE_LENGTH && (best == null || better(c, best))) {
                best = c;
            }
        }
        return best;
    }

    private static boolean better(Set<String> a, Set<String> b) {
        int la = Math.min(minLength(a), 5);
        int lb = Math.min(minLength(b), 5);
        return la != lb ? la > lb : a.size() < b.size();
    }

    static int minLength(Set<String> strings) {
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a.size() * b.size() * 2);
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }
}
