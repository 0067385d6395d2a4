package app.tandem.screening.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into normalised tokens that remember their place in the original: lower case, accents
 * and apostrophes dropped ("I'm" reads "im"), light leetspeak inside words ("su1c1de"), letters
 * stretched for emphasis undone by the rules' own vocabulary ("dieeee" reads "die"), emoji that carry
 * meaning read as words, and punctuation reduced to clause breaks and sentence ends.
 */
public final class Tokenizer {

    private final Set<String> vocabulary;

    /** @param vocabulary every word the rules know, used to undo elongation ("sooo" → "so"). */
    public Tokenizer(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The tokens of {@code text}; the last token is always a sentence end. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = split(text);
        return markQuotes(text, tokens);
    }

    private List<Token> split(String text) {
        List<Token> out = new ArrayList<>(text.length() / 4 + 4);
        StringBuilder word = new StringBuilder(24);
        int wordStart = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String emoji = EmojiWords.word(cp);
            if (emoji != null) {
                wordStart = flush(out, word, wordStart, i);
                out.add(new Token(emoji, Token.Kind.WORD, i, next));
            } else if (isWordChar(text, i, cp, word)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
                appendWordChar(word, cp, text, next);
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`') {
                // An apostrophe inside a word is dropped ("don't" reads "dont"); elsewhere it is a quote mark.
                if (wordStart < 0 || next >= n || !Character.isLetter(text.codePointAt(next))) {
                    wordStart = flush(out, word, wordStart, i);
                }
            } else {
                wordStart = flush(out, word, wordStart, i);
                punctuation(out, text, i, cp);
            }
            i = next;
        }
        flush(out, word, wordStart, n);
        if (out.isEmpty() || out.get(out.size() - 1).kind() != Token.Kind.SENTENCE_END) {
            out.add(new Token(".", Token.Kind.SENTENCE_END, n, n));
        }
        return out;
    }

    /**
     * Marks the words between quotation marks: straight and curly double quotes, and single quotes that
     * open before a word and close after one ("she said 'i want to die'"), not apostrophes inside words.
     * A quotation ends at the end of its sentence if it is never closed.
     */
    private static List<Token> markQuotes(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        int q = 0;
        for (Token t : tokens) {
            int from = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            boolean open = false;
            boolean close = false;
            // A quotation mark may itself be read as a clause break: scan a punctuation token's own characters too.
            int to = t.isWord() ? t.start() : t.end();
            for (int i = from; i < to && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u201C') {
                    open = true;
                } else if (c == '\u201D') {
                    close = true;
                } else if (c == '"') {
                    if (q > 0 || open) {
                        close = true;
                    } else {
                        open = true;
                    }
                } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
                    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                    if (before && after && q == 0) {
                        open = true;
                    } else if (!before && !after && q > 0) {
                        close = true;
                    }
                }
            }
            if (close && q > 0) {
                q = 0;
            }
            if (open) {
                q = 1;
            }
            out.add(t.isWord() && q > 0 ? new Token(t.text(), t.kind(), t.start(), t.end(), true) : t);
            if (t.kind() == Token.Kind.SENTENCE_END) {
                q = 0;
            }
        }
        return out;
    }

    private static boolean isWordChar(String text, int i, int cp, StringBuilder word) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        boolean inWord = !word.isEmpty();
        boolean nextIsWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!inWord) {
            return false;
        }
        // Leetspeak and masking inside a word: "su!cide", "k*ll", "$uicide" is handled as a start below.
        if ((cp == '*' || cp == '!' || cp == '@' || cp == '$' || cp == '&') && nextIsWord) {
            return true;
        }
        // A decimal point or a dose unit inside a number: "0.5mg", "2.5".
        return cp == '.' && nextIsWord && Character.isDigit(word.charAt(word.length() - 1));
    }

    private static void appendWordChar(StringBuilder word, int cp, String text, int next) {
        char prev = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        boolean afterLetter = prev >= 'a' && prev <= 'z';
        int c = cp;
        if (afterLetter) {
            c = switch (cp) {
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '0' -> 'o';
                case '5', '$' -> 's';
                case '*' -> '*';
                default -> cp;
            };
        }
        String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
        if (c > 0x7F) {
            lower = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        word.append(lower);
    }

    private int flush(List<Token> out, StringBuilder word, int wordStart, int end) {
        if (wordStart >= 0 && !word.isEmpty()) {
            out.add(new Token(unmask(deElongate(word.toString())), Token.Kind.WORD, wordStart, end));
        }
        word.setLength(0);
        return -1;
    }

    private static void punctuation(List<Token> out, String text, int i, int cp) {
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        switch (cp) {
            case '.', '!', '?', ';', '\n', '\u2029', '\u2028', '\u3002' -> {
                boolean question = cp == '?';
                if (last != null && last.kind() == Token.Kind.SENTENCE_END) {
                    if (question && !last.text().equals("?")) {
                        out.set(out.size() - 1, new Token("?", Token.Kind.SENTENCE_END, last.start(), i + 1));
                    }
                    return;
                }
                if (last == null) {
                    return;
                }
                if (last.kind() == Token.Kind.CLAUSE_BREAK) {
                    out.remove(out.size() - 1);
                }
                out.add(new Token(question ? "?" : ".", Token.Kind.SENTENCE_END, i, i + 1));
            }
            case ',',
                    ':',
                    '(',
                    ')',
                    '[',
                    ']',
                    '"',
                    '\u201C',
                    '\u201D',
                    '\u2013',
                    '\u2014',
                    '\u2026',
                    '|',
                    '/',
                    '-',
                    '~',
                    '=',
                    '>',
                    '<',
                    '*',
                    '&',
                    '+' -> {
                if (cp == '-' && !spacedDash(text, i)) {
                    return; // "self-harm" reads as two words; only a spaced dash breaks a clause
                }
                if (last != null && last.kind() == Token.Kind.WORD) {
                    out.add(new Token(",", Token.Kind.CLAUSE_BREAK, i, i + 1));
                }
            }
            default -> {
                // spaces, tabs and other symbols only separate words
            }
        }
    }

    private static boolean spacedDash(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean after =
                i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '-';
        return before || after;
    }

    /**
     * Undoes letters repeated for emphasis: a run of three or more is cut to one or to two letters,
     * whichever the rules know ("dieeee" → "die", "killlll" → "kill", "sooo" → "so").
     */
    String deElongate(String w) {
        if (!hasRun(w, 3)) {
            return w;
        }
        String one = collapse(w, 1);
        if (vocabulary.contains(one)) {
            return one;
        }
        String two = collapse(w, 2);
        if (vocabulary.contains(two)) {
            return two;
        }
        return two;
    }

    /** A masked word ("k*ll", "su*cide") reads as the one word of the rules it can stand for, if any. */
    String unmask(String w) {
        if (w.indexOf('*') < 0) {
            return w;
        }
        for (String known : vocabulary) {
            if (known.length() == w.length() && sameExceptMask(known, w)) {
                return known;
            }
        }
        return w.replace("*", "");
    }

    private static boolean sameExceptMask(String known, String masked) {
        for (int i = 0; i < known.length(); i++) {
            char m = masked.charAt(i);
            if (m != '*' && m != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRun(String w, int length) {
        int run = 1;
        for (int i = 1; i < w.length(); i++) {
            run = w.charAt(i) == w.charAt(i - 1) && Character.isLetter(w.charAt(i)) ? run + 1 : 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String w, int keep) {
        StringBuilder sb = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            int j = i;
            while (j < w.length() && w.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            int copies = run >= 3 && Character.isLetter(c) ? keep : run;
            for (int k = 0; k < copies; k++) {
                sb.append(c);
            }
            i = j;
        }
        return sb.toString();
    }
}
