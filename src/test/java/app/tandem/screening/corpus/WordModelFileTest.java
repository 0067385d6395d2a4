package app.tandem.screening.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.screening.words.WordEvidence;
import app.tandem.screening.words.WordModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped word model is exactly what the corpus trains, and it reads the issue's own examples. */
class WordModelFileTest {

    @Test
    void theShippedModelIsWhatTheCorpusTrains() throws IOException {
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WordModel.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(WordModelTrainer.format(WordModelTrainer.train(Corpus.standard())))
                .as("retrain: java ... app.tandem.screening.corpus.WordModelTrainer (see its Javadoc)")
                .isEqualTo(shipped);
    }

    @Test
    void explicitRiskStaysWhereTheRulesPutItAndRiskNoRuleKnowsIsRaised() {
        RiskScreener screener = RiskScreener.standard();

        assertThat(screener.screen("I have pills saved up and I am going to take them tonight.")
                        .level())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(screener.screen("I want to kill myself.").level()).isEqualTo(RiskLevel.MODERATE);
        String noRuleKnows = "Honestly the only thing I keep thinking about lately is how quiet everything would"
                + " be if I just wasn't around for any of it anymore.";
        assertThat(screener.screenByRules(noRuleKnows).level()).isEqualTo(RiskLevel.NONE);
        assertThat(screener.screen(noRuleKnows).findings())
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(WordEvidence.RULE));
    }
}
