package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskScreener;
import app.tandem.screening.Screening;
import org.junit.jupiter.api.Test;

class SignalTextTest {

    final RiskScreener screener = RiskScreener.standard();

    @Test
    void aPrivateEntryShowsOnlyTheSentenceThatMatched() {
        String text = "My sister visited and we argued about money. I have a plan, I just need to pick the day. "
                + "Then I watched a film.";
        Screening screening = screener.screen(text);

        String excerpt = SignalText.excerpt(text, true, screening.firing());

        assertThat(excerpt).contains("pick the day").doesNotContain("sister").doesNotContain("film");
    }

    @Test
    void aShortSharedEntryIsShownWhole() {
        String text = "Rough day. I have a plan, I just need to pick the day.";
        assertThat(SignalText.excerpt(text, false, screener.screen(text).firing()))
                .isEqualTo(text);
    }

    @Test
    void aLongSharedEntryIsCutAroundTheMatch() {
        String filler = "We talked about the garden and the weather and what to cook this week. ".repeat(8);
        String text = filler + "I have a plan, I just need to pick the day. " + filler;

        String excerpt = SignalText.excerpt(text, false, screener.screen(text).firing());

        assertThat(excerpt).contains("plan").startsWith("\u2026").endsWith("\u2026");
        assertThat(excerpt.length()).isLessThan(text.length() / 2);
    }

    @Test
    void reasonsNameTheRuleAndTheMatchedWords() {
        Screening screening = screener.screen("I have a plan, I just need to pick the day.");
        assertThat(SignalText.reasons(screening.firing()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches("[a-z0-9.-]+: \u201c.+\u201d.*"));
    }
}
