package app.tandem.screening.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences and clauses of a token list. A sentence ends at a sentence-end token; a clause also ends
 * at a clause break (comma, dash, bracket...) and before a word that opens a new clause ("but",
 * "and", "though"...). Cues such as a negation or another person reach only as far as their clause;
 * time and tone cues as far as their sentence.
 */
public final class Segments {

    private final List<Token> tokens;
    private final int[] sentenceOf;
    private final int[] clauseOf;
    private final List<int[]> sentences = new ArrayList<>();
    private final List<int[]> clauses = new ArrayList<>();

    /**
     * @param tokens the tokens, ending with a sentence end
     * @param clauseOpeners words that start a new clause when they follow another word
     */
    public Segments(List<Token> tokens, Set<String> clauseOpeners) {
        this.tokens = List.copyOf(tokens);
        this.sentenceOf = new int[tokens.size()];
        this.clauseOf = new int[tokens.size()];
        int sentenceStart = 0;
        int clauseStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && clauseOpeners.contains(t.text()) && i > clauseStart) {
                clauses.add(new int[] {clauseStart, i});
                clauseStart = i;
            }
            sentenceOf[i] = sentences.size();
            clauseOf[i] = clauses.size();
            if (t.kind() == Token.Kind.CLAUSE_BREAK || t.kind() == Token.Kind.SENTENCE_END) {
                clauses.add(new int[] {clauseStart, i + 1});
                clauseStart = i + 1;
            }
            if (t.kind() == Token.Kind.SENTENCE_END) {
                sentences.add(new int[] {sentenceStart, i + 1});
                sentenceStart = i + 1;
            }
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    public int clauseOf(int token) {
        return clauseOf[token];
    }

    /** First token of a sentence. */
    public int sentenceStart(int sentence) {
        return sentences.get(sentence)[0];
    }

    /** One past the sentence's end token. */
    public int sentenceEnd(int sentence) {
        return sentences.get(sentence)[1];
    }

    public int clauseStart(int clause) {
        return clauses.get(clause)[0];
    }

    public int clauseEnd(int clause) {
        return clauses.get(clause)[1];
    }

    /** Whether the sentence ends with a question mark. */
    public boolean isQuestion(int sentence) {
        return tokens.get(sentenceEnd(sentence) - 1).text().equals("?");
    }
}
