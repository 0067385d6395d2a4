package app.tandem.measure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the engine with straight-line scorers written by hand from the published rules, on random complete
 * answer vectors. The reference scorers deliberately share no code with the engine or the definition files.
 */
class IndependentScorerPropertyTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final InstrumentScorer scorer = new InstrumentScorer();

    /** What the hand-written scorer expects. */
    record Expected(Integer total, Integer percentage, String band, Integer count, boolean positive,
                    RiskLevel item9Risk) {
    }

    @Property(tries = 500)
    void phq9(@ForAll("phq9Answers") List<Integer> a) {
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

    @Property(tries = 500)
    void gad7(@ForAll("gad7Answers") List<Integer> a) {
        int t = a.get(0) + a.get(1) + a.get(2) + a.get(3) + a.get(4) + a.get(5) + a.get(6);
        String band = t < 5 ? "minimal" : t < 10 ? "mild" : t < 15 ? "moderate" : "severe";
        check("gad7", a, new Expected(t, null, band, null, t >= 10, null));
    }

    @Property(tries = 500)
    void who5(@ForAll("who5Answers") List<Integer> a) {
        int raw = a.get(0) + a.get(1) + a.get(2) + a.get(3) + a.get(4);
        int pct = raw * 4;
        String band = pct <= 28 ? "likely-depression" : raw < 13 ? "poor" : "adequate";
        boolean anyLow = a.get(0) <= 1 || a.get(1) <= 1 || a.get(2) <= 1 || a.get(3) <= 1 || a.get(4) <= 1;
        check("who5", a, new Expected(raw, pct, band, null, raw < 13 || anyLow, null));
    }

    @Property(tries = 500)
    void asrs6(@ForAll("asrsAnswers") List<Integer> a) {
        int count = 0;
        if (a.get(0) >= 2) count++;
        if (a.get(1) >= 2) count++;
        if (a.get(2) >= 2) count++;
        if (a.get(3) >= 3) count++;
        if (a.get(4) >= 3) count++;
        if (a.get(5) >= 3) count++;
        check("asrs6", a, new Expected(null, null, null, count, count >= 4, null));
    }

    @Property(tries = 500)
    void pcl5(@ForAll("pcl5Answers") List<Integer> a) {
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
            assertThat(score.criticalFindings()).singleElement()
                    .satisfies(f -> assertThat(f.riskLevel()).isEqualTo(expected.item9Risk()));
        }
    }

    @Provide
    Arbitrary<List<Integer>> phq9Answers() {
        return Arbitraries.integers().between(0, 3).list().ofSize(9);
    }

    @Provide
    Arbitrary<List<Integer>> gad7Answers() {
        return Arbitraries.integers().between(0, 3).list().ofSize(7);
    }

    @Provide
    Arbitrary<List<Integer>> who5Answers() {
        return Arbitraries.integers().between(0, 5).list().ofSize(5);
    }

    @Provide
    Arbitrary<List<Integer>> asrsAnswers() {
        return Arbitraries.integers().between(0, 4).list().ofSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> pcl5Answers() {
        return Arbitraries.integers().between(0, 4).list().ofSize(20);
    }
}
