package app.tandem.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the screener reads the surface of a text before any rule: words, offsets, sentences, quotes. */
class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Set.of("die", "so", "suicidal", "kill", "myself", "done"));

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void wordsAreLowerCaseWithoutApostrophesAndEveryTextEndsASentence() {
        assertThat(words("I DON'T know")).containsExactly("i", "dont", "know", ".");
        assertThat(words("I’m done")).containsExactly("im", "done", ".");
        assertThat(words("")).containsExactly(".");
    }

    @Test
    void offsetsPointAtTheOriginalWords() {
        String text = "Honestly?  I want to DIE.";
        for (Token t : tokenizer.tokenize(text)) {
            if (t.isWord()) {
                assertThat(text.substring(t.start(), t.end()).toLowerCase().replace("'", ""))
                        .isEqualTo(t.text());
            }
        }
    }

    @Test
    void punctuationSplitsClausesAndSentences() {
        List<Token> tokens = tokenizer.tokenize("not in that way, but yes; tired. ok");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(
                        Token.Kind.WORD,
                        Token.Kind.WORD,
                        Token.Kind.WORD,
                        Token.Kind.WORD,
                        Token.Kind.CLAUSE_BREAK,
                        Token.Kind.WORD,
                        Token.Kind.WORD,
                        Token.Kind.SENTENCE_END,
                        Token.Kind.WORD,
                        Token.Kind.SENTENCE_END,
                        Token.Kind.WORD,
                        Token.Kind.SENTENCE_END);
    }

    @Test
    void elongationIsUndoneTowardsAWordTheRulesKnow() {
        assertThat(words("i want to dieeeee")).contains("die");
        assertThat(words("sooooo tired")).startsWith("so");
    }

    @Test
    void leetspeakAndMaskedLettersAreRead() {
        assertThat(words("su1c1dal")).containsExactly("suicidal", ".");
        assertThat(words("k*ll myself")).containsExactly("kill", "myself", ".");
    }

    @Test
    void emojiWithAMeaningBecomeWords() {
        assertThat(words("me \uD83E\uDEA6")).containsExactly("me", "grave", ".");
        assertThat(words("\uD83D\uDC8A\uD83D\uDC8A")).containsExactly("pills", "pills", ".");
    }

    @Test
    void quotedWordsAreMarked() {
        List<Token> tokens = tokenizer.tokenize("she said \"i want to die\" and left");
        assertThat(tokens.stream().filter(Token::quoted).map(Token::text)).containsExactly("i", "want", "to", "die");
        assertThat(tokenizer.tokenize("i don't want to die").stream().noneMatch(Token::quoted))
                .isTrue();
    }
}
