package app.tandem.coping.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectStatisticsTest {

    private static final PracticePrior PRIOR = new PracticePrior(1.0, Map.of(), 4.0, 1.0);

    @Test
    void meanChangeWithAT95PercentIntervalFromThreeUses() {
        // changes 1, 2, 3: mean 2, sd 1, t(2) = 4.303, half width 4.303 / sqrt(3) = 2.484
        List<TechniqueEffect> ranked = EffectStatistics.rank(uses("box", 1, 2, 3), PRIOR);

        TechniqueEffect box = ranked.get(0);
        assertThat(box.uses()).isEqualTo(3);
        assertThat(box.enough()).isTrue();
        assertThat(box.meanChange()).isEqualTo(2.0);
        assertThat(box.lower()).isCloseTo(2 - 2.484, within(0.001));
        assertThat(box.upper()).isCloseTo(2 + 2.484, within(0.001));
    }

    @Test
    void oneOrTwoUsesGetNoIntervalAndAreNotEnoughYet() {
        TechniqueEffect one = EffectStatistics.rank(uses("tipp", 6), PRIOR).get(0);
        TechniqueEffect two = EffectStatistics.rank(uses("tipp", 6, 5), PRIOR).get(0);

        assertThat(one.enough()).isFalse();
        assertThat(one.lower()).isNull();
        assertThat(two.enough()).isFalse();
        assertThat(two.upper()).isNull();
    }

    @Test
    void aSingleLuckyUseIsShrunkHardTowardThePracticeMean() {
        // σ² = 4, τ² = 1: one use has weight (1/4) / (1/4 + 1) = 0.2
        TechniqueEffect one = EffectStatistics.rank(uses("tipp", 8), PRIOR).get(0);
        assertThat(one.weight()).isCloseTo(0.2, within(1e-9));
        assertThat(one.shrunk()).isCloseTo(0.2 * 8 + 0.8 * 1.0, within(1e-9));

        // two uses: weight (2/4) / (2/4 + 1) = 1/3
        TechniqueEffect two = EffectStatistics.rank(uses("tipp", 8, 8), PRIOR).get(0);
        assertThat(two.shrunk()).isCloseTo(8 / 3.0 + 2 / 3.0, within(1e-9));
    }

    @Test
    void aTechniqueWithFewUsesNeverRanksAboveOneWithEnough() {
        List<UseChange> uses = new ArrayList<>(uses("box", 2, 2, 3, 2));
        uses.addAll(uses("tipp", 9, 9)); // better raw mean, but only two uses
        uses.addAll(uses("grounding", 0, 1, 0)); // enough uses, small effect

        List<TechniqueEffect> ranked = EffectStatistics.rank(uses, PRIOR);

        assertThat(ranked).extracting(TechniqueEffect::techniqueId).containsExactly("box", "grounding", "tipp");
    }

    @Test
    void moreUsesMeanLessShrinkage() {
        TechniqueEffect few = EffectStatistics.rank(uses("box", 4, 4, 4), PRIOR).get(0);
        TechniqueEffect many = EffectStatistics.rank(uses("box", 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), PRIOR)
                .get(0);

        assertThat(few.shrunk()).isLessThan(many.shrunk());
        // ten uses: weight (10/4) / (10/4 + 1) = 5/7
        assertThat(many.shrunk()).isCloseTo(5 / 7.0 * 4 + 2 / 7.0 * 1, within(1e-9));
    }

    @Test
    void thePriorComesFromThePracticeWithFloorsWhenDataAreFew() {
        PracticePrior empty = EffectStatistics.prior(List.of());
        assertThat(empty.overallMean()).isZero();
        assertThat(empty.withinVariance()).isEqualTo(EffectStatistics.WITHIN_DEFAULT);
        assertThat(empty.betweenVariance()).isEqualTo(EffectStatistics.BETWEEN_DEFAULT);

        // identical changes everywhere: variances hit their floors, not zero (no division by zero)
        List<GroupSummary> same = List.of(
                new GroupSummary("box", 5, 10, 20),
                new GroupSummary("box", 5, 10, 20),
                new GroupSummary("tipp", 5, 10, 20));
        PracticePrior flat = EffectStatistics.prior(same);
        assertThat(flat.withinVariance()).isEqualTo(EffectStatistics.WITHIN_FLOOR);
        assertThat(flat.betweenVariance()).isEqualTo(EffectStatistics.BETWEEN_FLOOR);
        assertThat(flat.meanFor("box")).isEqualTo(2.0); // 10 uses of box: its own mean
        assertThat(flat.meanFor("tipp")).isEqualTo(2.0); // 5 uses: the overall mean
    }

    @Test
    void clientsWhoDifferWidelyMeanLessShrinkage() {
        List<GroupSummary> spread = List.of(
                group("box", 6, 6, 6, 6), group("box", 0, 0, 0, 0), group("box", 3, 3, 3, 3), group("box", 5, 6, 6));
        PracticePrior prior = EffectStatistics.prior(spread);
        assertThat(prior.betweenVariance()).isGreaterThan(3.0);
    }

    @Test
    void tQuantilesMatchTheTable() {
        assertThat(EffectStatistics.tQuantile(2)).isEqualTo(4.303);
        assertThat(EffectStatistics.tQuantile(30)).isEqualTo(2.042);
        assertThat(EffectStatistics.tQuantile(500)).isEqualTo(1.960);
    }

    private static GroupSummary group(String id, int... changes) {
        double sum = 0;
        double squares = 0;
        for (int c : changes) {
            sum += c;
            squares += c * c;
        }
        return new GroupSummary(id, changes.length, sum, squares);
    }

    private static List<UseChange> uses(String id, int... changes) {
        List<UseChange> list = new ArrayList<>();
        for (int c : changes) {
            list.add(new UseChange(id, 9, 9 - c));
        }
        return list;
    }
}
