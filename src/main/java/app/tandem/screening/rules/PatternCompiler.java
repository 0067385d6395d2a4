package app.tandem.screening.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the small pattern language of the rule files into regular expressions over the screener's
 * token string (each token followed by one space). The language, for clinical leads:
 *
 * <pre>
 *   want to die          words, in order ("don't" and "dont" are the same word)
 *   (wish|hope|pray)     one of several words or phrases
 *   [really|so]          optional: one of these, or nothing (also written (really|so)?)
 *   suicid*              any word starting with "suicid"
 *   {want}               any entry of the lexicon list "want"
 *   ~  ~2                up to 3 (or 2, at most 12) other words, never a negation and never across punctuation
 *   #                    a number ("30", "2.5mg")
 *   $                    the end of the sentence
 *   ^                    the start of the sentence
 *   ,                    a comma or other clause break
 * </pre>
 */
public final class PatternCompiler {

    private static final int DEFAULT_GAP = 3;

    private final Map<String, List<String>> lexicon;
    private final String gapWord;
    private final Map<String, String> compiledRefs = new HashMap<>();
    private final Map<String, Start> refStarts = new HashMap<>();
    private final Map<Pattern, Start> starts = new java.util.IdentityHashMap<>();
    private final Map<Pattern, List<Part>> parts = new java.util.IdentityHashMap<>();

    /** One pattern of a rule, compiled alone, with what it can begin with. */
    public record Part(Pattern pattern, Start start) {}

    private final Set<String> vocabulary = new HashSet<>();

    /**
     * @param lexicon named lists, each entry itself a pattern
     * @param negations words a gap may not skip
     */
    public PatternCompiler(Map<String, List<String>> lexicon, Set<String> negations) {
        this.lexicon = Map.copyOf(lexicon);
        String neg = String.join("|", negations.stream().sorted().toList());
        this.gapWord = neg.isEmpty() ? "[a-z0-9][^ ]* " : "(?!(?:" + neg + ") )[a-z0-9][^ ]* ";
    }

    /** Every literal word seen in compiled patterns, so the tokenizer can undo elongation toward them. */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** A regex matching any of the patterns, starting at a token. */
    public Pattern compile(List<String> patterns) {
        List<String> regexes = new ArrayList<>();
        List<Part> separate = new ArrayList<>();
        Start start = null;
        for (String p : patterns) {
            Parser parser = parse(p);
            regexes.add(parser.regex);
            start = start == null ? parser.start : start.or(parser.start);
            try {
                separate.add(new Part(Pattern.compile("(?<![^ ])(?:" + parser.regex + ")"), parser.start));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("does not compile: " + e.getDescription(), e);
            }
        }
        String regex = "(?<![^ ])(?:" + String.join("|", regexes) + ")";
        try {
            Pattern compiled = Pattern.compile(regex);
            starts.put(compiled, start == null ? Start.ANY : start);
            parts.put(compiled, List.copyOf(separate));
            return compiled;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("does not compile: " + e.getDescription(), e);
        }
    }

    /** What a pattern compiled here can begin with (any word for a pattern this compiler did not compile). */
    public Start startOf(Pattern pattern) {
        return starts.getOrDefault(pattern, Start.ANY);
    }

    /**
     * The patterns of a compiled rule one by one, in the rule's order: tried in that order at a token, the first
     * that matches gives the same match as the combined pattern.
     */
    public List<Part> partsOf(Pattern pattern) {
        return parts.getOrDefault(pattern, List.of(new Part(pattern, startOf(pattern))));
    }

    /** The regex of one pattern; throws IllegalArgumentException with a readable reason. */
    public String toRegex(String pattern) {
        return parse(pattern).regex;
    }

    private Parser parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        Parser parser = new Parser(pattern, new ArrayList<>());
        parser.regex = parser.sequence();
        parser.start = parser.last;
        if (parser.pos < parser.src.length()) {
            throw new IllegalArgumentException(
                    "unexpected '" + parser.src.charAt(parser.pos) + "' at " + parser.pos + " in \"" + pattern + "\"");
        }
        return parser;
    }

    private String reference(String name, List<String> chain) {
        String cached = compiledRefs.get(name);
        if (cached != null) {
            return cached;
        }
        List<String> entries = lexicon.get(name);
        if (entries == null) {
            throw new IllegalArgumentException("unknown lexicon list {" + name + "}");
        }
        if (chain.contains(name)) {
            throw new IllegalArgumentException(
                    "lexicon lists refer to each other in a circle: " + chain + " -> " + name);
        }
        List<String> next = new ArrayList<>(chain);
        next.add(name);
        List<String> alternatives = new ArrayList<>();
        Start start = null;
        for (String entry : entries) {
            Parser parser = new Parser(entry, next);
            String regex = parser.sequence();
            start = start == null ? parser.last : start.or(parser.last);
            if (parser.pos < parser.src.length()) {
                throw new IllegalArgumentException(
                        "unexpected '" + parser.src.charAt(parser.pos) + "' in {" + name + "} entry \"" + entry + "\"");
            }
            alternatives.add(regex);
        }
        // Longer alternatives first, so "end it all" is preferred to "end it".
        alternatives.sort((a, b) -> b.length() - a.length());
        String regex = "(?:" + String.join("|", alternatives) + ")";
        compiledRefs.put(name, regex);
        refStarts.put(name, start == null ? Start.ANY : start);
        return regex;
    }

    /** Recursive-descent parser over one pattern. */
    private final class Parser {
        final String src;
        final List<String> chain;
        int pos;
        /** The start of the last sequence or item parsed. */
        Start last = Start.EMPTY;

        String regex;
        Start start;

        Parser(String src, List<String> chain) {
            this.src = src.strip();
            this.chain = chain;
        }

        String sequence() {
            StringBuilder out = new StringBuilder();
            Start seq = Start.EMPTY;
            int items = 0;
            while (true) {
                skipSpaces();
                if (pos >= src.length() || peek() == '|' || peek() == ')' || peek() == ']') {
                    break;
                }
                out.append(item());
                seq = seq.then(last);
                items++;
            }
            if (items == 0) {
                throw new IllegalArgumentException("empty alternative in \"" + src + "\"");
            }
            last = seq;
            return out.toString();
        }

        private String item() {
            char c = peek();
            switch (c) {
                case '(' -> {
                    pos++;
                    String alts = alternatives(')');
                    if (pos < src.length() && peek() == '?') {
                        pos++; // "(word )?" is also optional, as in regular expressions
                        last = last.optional();
                        return "(?:" + alts + ")?";
                    }
                    return "(?:" + alts + ")";
                }
                case '[' -> {
                    pos++;
                    String alts = alternatives(']');
                    last = last.optional();
                    return "(?:" + alts + ")?";
                }
                case '{' -> {
                    int close = src.indexOf('}', pos);
                    if (close < 0) {
                        throw new IllegalArgumentException("'{' without '}' in \"" + src + "\"");
                    }
                    String name = src.substring(pos + 1, close).strip();
                    pos = close + 1;
                    String regex = reference(name, chain);
                    last = refStarts.get(name);
                    return regex;
                }
                case '~' -> {
                    pos++;
                    int n = DEFAULT_GAP;
                    if (pos < src.length() && Character.isDigit(peek())) {
                        n = 0;
                        while (pos < src.length() && Character.isDigit(peek())) {
                            n = n * 10 + (peek() - '0');
                            pos++;
                        }
                        if (n > 12) {
                            throw new IllegalArgumentException("a gap of more than 12 words in \"" + src + "\"");
                        }
                    }
                    last = Start.ANY.optional();
                    return "(?:" + gapWord + "){0," + n + "}";
                }
                case '#' -> {
                    pos++;
                    last = Start.NUMBER;
                    return "\\d[^ ]* ";
                }
                case '$' -> {
                    pos++;
                    last = Start.word(".").or(Start.word("?"));
                    return "[.?] ";
                }
                case '^' -> {
                    pos++;
                    last = Start.EMPTY; // zero-width: every rule is tried at the start of each sentence anyway
                    return "^";
                }
                case ',' -> {
                    pos++;
                    last = Start.word(",");
                    return ", ";
                }
                default -> {
                    return word();
                }
            }
        }

        private String alternatives(char close) {
            List<String> alts = new ArrayList<>();
            Start union = null;
            while (true) {
                alts.add(sequence());
                union = union == null ? last : union.or(last);
                last = union;
                if (pos >= src.length()) {
                    throw new IllegalArgumentException("missing '" + close + "' in \"" + src + "\"");
                }
                char c = src.charAt(pos++);
                if (c == close) {
                    return String.join("|", alts);
                }
                if (c != '|') {
                    throw new IllegalArgumentException("expected '|' or '" + close + "' in \"" + src + "\"");
                }
            }
        }

        private String word() {
            int start = pos;
            while (pos < src.length() && isWordChar(src.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException(
                        "unexpected '" + src.charAt(pos) + "' at " + pos + " in \"" + src + "\"");
            }
            String raw = src.substring(start, pos);
            if (!raw.equals(raw.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("write patterns in lower case: \"" + raw + "\"");
            }
            // Apostrophes are not part of words in screened text ("don't" reads "dont"); a hyphen splits words.
            String w = raw.replace("'", "");
            boolean prefix = pos < src.length() && src.charAt(pos) == '*';
            if (prefix) {
                pos++;
            }
            StringBuilder out = new StringBuilder();
            String[] parts = w.split("-");
            boolean first = true;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    continue;
                }
                if (first) {
                    last = prefix && i == parts.length - 1 ? Start.prefix(parts[i]) : Start.word(parts[i]);
                    first = false;
                }
                vocabulary.add(parts[i]);
                out.append(parts[i]);
                out.append(prefix && i == parts.length - 1 ? "[^ ]* " : " ");
            }
            return out.toString();
        }

        private boolean isWordChar(char c) {
            return c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '\''
                    || c == '-'
                    || c == '&';
        }

        private char peek() {
            return src.charAt(pos);
        }

        private void skipSpaces() {
            while (pos < src.length() && src.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
