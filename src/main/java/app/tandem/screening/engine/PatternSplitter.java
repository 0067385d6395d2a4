package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a regex into alternatives that match the same set of positions: top-level {@code A|B} becomes
 * {@code A} and {@code B}, and a leading unquantified group {@code P(?:X|Y)S} becomes {@code PXS} and {@code PYS}.
 * Each piece then starts with literal text, so {@link RuleDispatch} tries it only where it can start.
 */
final class PatternSplitter {

    private static final int MAX_PIECES = 2000;

    private PatternSplitter() {}

    static List<String> split(String regex) {
        List<String> out = new ArrayList<>();
        expand(regex, out, 0);
        return out;
    }

    private static void expand(String regex, List<String> out, int depth) {
        List<String> top = topLevelAlternatives(regex);
        if (top.size() > 1) {
            for (String alt : top) {
                expand(alt, out, depth + 1);
            }
            return;
        }
        if (depth < 8 && out.size() < MAX_PIECES) {
            int g = leadingGroup(regex);
            if (g >= 0) {
                int close = matchingParen(regex, g);
                String inner = regex.substring(g + 3, close);
                // "(?:(?:a|b))" is "(?:a|b)": unwrap redundant groups so their alternatives can be distributed.
                while (inner.startsWith("(?:") && matchingParen(inner, 0) == inner.length() - 1) {
                    inner = inner.substring(3, inner.length() - 1);
                }
                List<String> alts = topLevelAlternatives(inner);
                if (alts.size() > 1 && out.size() + alts.size() <= MAX_PIECES) {
                    String prefix = regex.substring(0, g);
                    String suffix = regex.substring(close + 1);
                    for (String alt : alts) {
                        expand(prefix + "(?:" + alt + ")" + suffix, out, depth + 1);
                    }
                    return;
                }
            }
        }
        out.add(regex);
    }

    /**
     * Index of the first non-capturing group if only zero-width or literal-free tokens ({@code \b}) precede it and it
     * is not quantified; -1 otherwise.
     */
    private static int leadingGroup(String regex) {
        int i = 0;
        while (regex.startsWith("\\b", i)) {
            i += 2;
        }
        if (!regex.startsWith("(?:", i)) {
            return -1;
        }
        int close = matchingParen(regex, i);
        if (close < 0) {
            return -1;
        }
        if (close + 1 < regex.length()) {
            char q = regex.charAt(close + 1);
            if (q == '?' || q == '*' || q == '+' || q == '{') {
                return -1;
            }
        }
        return i;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> topLevelAlternatives(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
