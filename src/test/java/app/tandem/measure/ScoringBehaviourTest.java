package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.screening.RiskLevel;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Incomplete responses, invalid answers, unscored items and critical items. */
class ScoringBehaviourTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final InstrumentScorer scorer = new InstrumentScorer();
    private final Instrument phq9 = CATALOG.get("phq9");

    @Test
    void oneMissingItemMakesADraftWithNoTotalAndNoBand() {
        Score score = scorer.score(phq9, Answers.of(3, 3, 3, 3, 3, 3, 3, 3, null));
        assertThat(score.complete()).isFalse();
        assertThat(score.missingItems()).containsExactly(9);
        assertThat(score.total()).isNull();
        assertThat(score.band()).isNull();
        assertThat(score.screenPositive()).isNull();
    }

    @Test
    void incompleteIsNeverProRatedForAnyInstrument() {
        for (Instrument instrument : CATALOG.all()) {
            List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(
                    instrument.itemCount(), instrument.item(1).maxScore()));
            answers.set(0, null);
            Score score = scorer.score(instrument, answers);
            assertThat(score.complete()).as(instrument.code()).isFalse();
            assertThat(score.total()).isNull();
            assertThat(score.percentage()).isNull();
            assertThat(score.count()).isNull();
            assertThat(score.band()).isNull();
            assertThat(score.screenPositive()).isNull();
            assertThat(score.missingItems()).containsExactly(1);
        }
    }

    @Test
    void allUnansweredIsADraftListingEveryItem() {
        Score score = scorer.score(CATALOG.get("gad7"), Collections.nCopies(7, null));
        assertThat(score.complete()).isFalse();
        assertThat(score.missingItems()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void criticalItemIsReportedEvenInADraft() {
        Score score = scorer.score(phq9, Answers.of(null, null, null, null, null, null, null, null, 2));
        assertThat(score.complete()).isFalse();
        assertThat(score.hasSafetySignal()).isTrue();
        assertThat(score.criticalFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.riskLevel()).isEqualTo(RiskLevel.MODERATE));
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0} -> {1}")
    @CsvSource({"0, ", "1, LOW", "2, MODERATE", "3, MODERATE"})
    void phq9Item9IsASafetySignalRegardlessOfTotal(int item9, RiskLevel expected) {
        Score score = scorer.score(phq9, Answers.of(0, 0, 0, 0, 0, 0, 0, 0, item9));
        assertThat(score.band().code()).isEqualTo("minimal");
        if (expected == null) {
            assertThat(score.criticalFindings()).isEmpty();
            assertThat(score.hasSafetySignal()).isFalse();
        } else {
            assertThat(score.criticalFindings()).singleElement().satisfies(f -> {
                assertThat(f.item()).isEqualTo(9);
                assertThat(f.answer()).isEqualTo(item9);
                assertThat(f.riskLevel()).isEqualTo(expected);
            });
        }
    }

    @Test
    void wrongLengthThrowsNamingTheField() {
        assertThatThrownBy(() -> scorer.score(phq9, List.of(0, 0, 0)))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("expected 9")
                .satisfies(
                        e -> assertThat(((InvalidAnswersException) e).field()).isEqualTo("answers"));
        assertThatThrownBy(() -> scorer.score(phq9, Collections.nCopies(10, 0)))
                .isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> scorer.score(phq9, null)).isInstanceOf(InvalidAnswersException.class);
    }

    @ParameterizedTest(name = "{0} item {1} = {2} is rejected")
    @CsvSource({"phq9, 3, 4", "phq9, 1, -1", "gad7, 7, 9", "who5, 2, 6", "asrs6, 6, 5", "pcl5, 20, 5"})
    void outOfRangeAnswerThrowsNamingItemAndAllowedValues(String code, int item, int value) {
        Instrument instrument = CATALOG.get(code);
        List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(instrument.itemCount(), 0));
        answers.set(item - 1, value);
        assertThatThrownBy(() -> scorer.score(instrument, answers))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("item " + item)
                .hasMessageContaining(instrument.item(item).allowedScores().stream()
                        .sorted()
                        .toList()
                        .toString())
                .satisfies(
                        e -> assertThat(((InvalidAnswersException) e).field()).isEqualTo("item " + item));
    }

    @Test
    void unscoredDifficultyItemIsValidatedKeptAndNotScored() {
        List<Integer> answers = Answers.summingTo(12, 9, 3);
        Score withDifficulty = scorer.score(phq9, answers, Map.of("difficulty", 2));
        Score without = scorer.score(phq9, answers);
        assertThat(withDifficulty.total()).isEqualTo(without.total()).isEqualTo(12);
        assertThat(withDifficulty.unscoredAnswers()).containsEntry("difficulty", 2);
        assertThat(without.unscoredAnswers()).isEmpty();

        Map<String, Integer> unanswered = new HashMap<>();
        unanswered.put("difficulty", null);
        assertThat(scorer.score(phq9, answers, unanswered).unscoredAnswers()).isEmpty();

        assertThatThrownBy(() -> scorer.score(phq9, answers, Map.of("difficulty", 7)))
                .isInstanceOf(InvalidAnswersException.class)
                .satisfies(
                        e -> assertThat(((InvalidAnswersException) e).field()).isEqualTo("difficulty"));
        assertThatThrownBy(() -> scorer.score(phq9, answers, Map.of("mood", 1)))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("mood");
    }

    @Test
    void resultCarriesInstrumentVersionForPersistence() {
        Score score = scorer.score(phq9, Answers.summingTo(3, 9, 3));
        assertThat(score.instrumentCode()).isEqualTo("phq9");
        assertThat(score.instrumentVersion()).isEqualTo(phq9.version());
    }

    @Test
    void invalidAnswerMessageDoesNotEchoOtherAnswers() {
        List<Integer> answers = Answers.of(3, 2, 1, 3, 2, 1, 3, 2, 9);
        assertThatThrownBy(() -> scorer.score(phq9, answers))
                .hasMessage("phq9 item 9: 9 is not an allowed answer; allowed values are [0, 1, 2, 3]");
    }
}
