package app.tandem.screening.analysis;

import app.tandem.screening.text.Segments;
import app.tandem.screening.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a text joined into one string (each token followed by one space), which the
 * compiled patterns run over, with the way back from a character of that string to its token.
 */
final class TokenText {

    private final Segments segments;
    private final String string;
    private final int[] charStart;
    private final java.util.IdentityHashMap<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

    TokenText(Segments segments) {
        this.segments = segments;
        List<Token> tokens = segments.tokens();
        StringBuilder sb = new StringBuilder(tokens.size() * 6);
        charStart = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            charStart[i] = sb.length();
            sb.append(tokens.get(i).text()).append(' ');
        }
        string = sb.toString();
    }

    Segments segments() {
        return segments;
    }

    List<Token> tokens() {
        return segments.tokens();
    }

    int size() {
        return charStart.length;
    }

    /** Character offset where a token starts in the joined string ({@code size()} gives the end). */
    int charAt(int token) {
        return token >= charStart.length ? string.length() : charStart[token];
    }

    /** The token a character of the joined string belongs to. */
    int tokenAt(int ch) {
        int i = Arrays.binarySearch(charStart, ch);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * A matcher over tokens {@code [from, to)} only: lookbehind and gaps cannot see past them. One matcher per
     * pattern is kept for this text and reset by each call (creating a matcher costs more than most matches): use
     * the result before asking for the same pattern again.
     */
    Matcher matcher(Pattern pattern, int from, int to) {
        Matcher m = matchers.get(pattern);
        if (m == null) {
            m = pattern.matcher(string);
            matchers.put(pattern, m);
        }
        m.region(charAt(from), charAt(to));
        m.useTransparentBounds(false);
        m.useAnchoringBounds(true);
        return m;
    }

    /** Whether {@code pattern} matches anywhere in tokens {@code [from, to)}; the first match or null. */
    int[] find(Pattern pattern, int from, int to) {
        if (pattern == null || from >= to) {
            return null;
        }
        Matcher m = matcher(pattern, from, to);
        if (!m.find()) {
            return null;
        }
        return new int[] {tokenAt(m.start()), tokenAt(Math.max(m.start(), m.end() - 1)) + 1};
    }

    /** Whether {@code pattern} matches starting exactly at token {@code at} (within {@code [at, to)}). */
    boolean startsAt(Pattern pattern, int at, int to) {
        if (pattern == null || at >= to) {
            return false;
        }
        return matcher(pattern, at, to).lookingAt();
    }

    /** The normalised words of tokens {@code [from, to)}. */
    String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = segments.tokens().get(i);
            if (t.isWord()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
