package app.tandem.screening.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a prefix-factored regex from literal words ("pills|pistol|percocet" becomes "p(?:i(?:lls|stol)|ercocet)"),
 * so the regex engine checks one character per branch instead of trying every word at every position.
 */
final class WordTrie {

    private WordTrie() {}

    /** Regex matching exactly the given literal words (longest alternatives are naturally tried per branch). */
    static String regex(List<String> words) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (char c : w.toCharArray()) {
                n = n.children.computeIfAbsent(c, k -> new Node());
            }
            n.end = true;
        }
        return "(?:" + render(root) + ")";
    }

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean end;
    }

    private static String render(Node n) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            if (!first) {
                sb.append('|');
            }
            first = false;
            sb.append(Pattern.quote(String.valueOf(e.getKey()))
                    .replace("\\Q", "")
                    .replace("\\E", "")
                    .replaceAll("^([.*+?()\\[\\]{}|\\\\^$])$", "\\\\$1"));
            Node c = e.getValue();
            if (!c.children.isEmpty()) {
                String inner = render(c);
                // Children come before the end marker so the longest word wins ("pills" over "pill").
                sb.append("(?:").append(inner).append(c.end ? ")?" : ")");
            }
        }
        return sb.toString();
    }
}
