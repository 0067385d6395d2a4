package app.tandem.screening.text;

/**
 * One token of a screened text: a normalised word, or a punctuation mark that ends a clause or a
 * sentence, with where it came from in the original text.
 *
 * @param text the normalised form (lower case, no accents or apostrophes, emoji as words, elongation
 *     undone); {@code ","} for a clause break, {@code "."} or {@code "?"} for a sentence end
 * @param kind word, clause break or sentence end
 * @param start offset of its first character in the original text
 * @param end offset after its last character in the original text (equal to start for a sentence end
 *     the writer did not type)
 * @param quoted whether the token stands inside quotation marks (reported words, a title, lyrics)
 */
public record Token(String text, Kind kind, int start, int end, boolean quoted) {

    public Token(String text, Kind kind, int start, int end) {
        this(text, kind, start, end, false);
    }

    /** What a token is. */
    public enum Kind {
        WORD,
        CLAUSE_BREAK,
        SENTENCE_END
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
