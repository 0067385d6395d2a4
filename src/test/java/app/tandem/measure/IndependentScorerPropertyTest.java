package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskLevel;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the engine with straight-line scorers written by hand from the published rules, on random complete
 * answer vectors (500 per instrument, from a fixed seed so a failure can be replayed). The reference scorers
 * deliberately share no code with the engine or the definition files.
 */
class IndependentScorerPropertyTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final InstrumentScorer scorer = new InstrumentScorer();

    /** What the hand-written scorer expects. */
    record Expected(
            Integer total, Integer percentage, String band, Integer count, boolean positive, RiskLevel item9Risk) {}

    @ParameterizedTest
    @MethodSource("phq9Answers")
    void phq9(List<Integer> a) {
        int t = a.get(0) + a.get(1) + a.get(2) + a.get(3) + a.get(4) + a.get(5) + a.get(6) + a.get(7) + a.get(8);
        String band;
        if (t <= 4) {
            band = "minimal";
        } else if (t <= 9) {
            band = "mild";
        } else if (t <= 14) {
            band = "moderate";
        } else if (t <= 19) {
            band = "moderately-severe";
        } else {
            band = "severe";
        }
        RiskLevel risk = a.get(8) == 0 ? null : a.get(8) == 1 ? RiskLevel.LOW : RiskLevel.MODERATE;
        check("phq9", a, new Expected(t, null, band, null, t >= 10, risk));
    }

    @ParameterizedTest
    @MethodSource("gad7Answers")
    void gad7(List<Integer> a) {
        int t = a.get(0) + a.get(1) + a.get(2) + a.get(3) + a.get(4) + a.get(5) + a.get(6);
        String band = t < 5 ? "minimal" : t < 10 ? "mild" : t < 15 ? "moderate" : "severe";
        check("gad7", a, new Expected(t, null, band, null, t >= 10, null));
    }

    @ParameterizedTest
    @MethodSource("who5Answers")
    void who5(List<Integer> a) {
        int raw = a.get(0) + a.get(1) + a.get(2) + a.get(3) + a.get(4);
        int pct = raw * 4;
        String band = raw < 13 ? "poor" : "adequate";
        boolean anyLow = a.get(0) <= 1 || a.get(1) <= 1 || a.get(2) <= 1 || a.get(3) <= 1 || a.get(4) <= 1;
        check("who5", a, new Expected(raw, pct, band, null, raw < 13 || anyLow, null));
    }

    @ParameterizedTest
    @MethodSource("asrsAnswers")
    void asrs6(List<Integer> a) {
        int count = 0;
        if (a.get(0) >= 2) count++;
        if (a.get(1) >= 2) count++;
        if (a.get(2) >= 2) count++;
        if (a.get(3) >= 3) count++;
        if (a.get(4) >= 3) count++;
        if (a.get(5) >= 3) count++;
        check("asrs6", a, new Expected(null, null, null, count, count >= 4, null));
    }

    @ParameterizedTest
    @MethodSource("pcl5Answers")
    void pcl5(List<Integer> a) {
        int t = 0;
        for (int x : a) {
            t += x;
        }
        String band = t >= 33 ? "at-or-above-provisional-threshold" : "below-provisional-threshold";
        check("pcl5", a, new Expected(t, null, band, null, t >= 33, null));
    }

    private void check(String code, List<Integer> answers, Expected expected) {
        Score score = scorer.score(CATALOG.get(code), answers);
        assertThat(score.complete()).isTrue();
        assertThat(score.total()).isEqualTo(expected.total());
        assertThat(score.percentage()).isEqualTo(expected.percentage());
        assertThat(score.band() == null ? null : score.band().code()).isEqualTo(expected.band());
        assertThat(score.count()).isEqualTo(expected.count());
        assertThat(score.screenPositive()).isEqualTo(expected.positive());
        if (expected.item9Risk() == null) {
            assertThat(score.criticalFindings()).isEmpty();
        } else {
            assertThat(score.criticalFindings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.riskLevel()).isEqualTo(expected.item9Risk()));
        }
    }

    static Stream<List<Integer>> phq9Answers() {
        return randomVectors(9, 3, 9L);
    }

    static Stream<List<Integer>> gad7Answers() {
        return randomVectors(7, 3, 7L);
    }

    static Stream<List<Integer>> who5Answers() {
        return randomVectors(5, 5, 5L);
    }

    static Stream<List<Integer>> asrsAnswers() {
        return randomVectors(6, 4, 6L);
    }

    static Stream<List<Integer>> pcl5Answers() {
        return randomVectors(20, 4, 20L);
    }

    /** 500 random complete answer vectors of {@code items} answers in 0..{@code max}, from a fixed seed. */
    private static Stream<List<Integer>> randomVectors(int items, int max, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, 500)
                .mapToObj(n -> random.ints(items, 0, max + 1).boxed().toList());
    }
}
