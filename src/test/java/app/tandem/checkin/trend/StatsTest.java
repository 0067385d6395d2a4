package app.tandem.checkin.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void tiedValuesShareTheirAverageRank() {
        assertThat(Stats.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
    }

    @Test
    void spearmanIsOneForAnyIncreasingRelationAndMinusOneForDecreasing() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(Stats.spearman(x, new double[] {1, 4, 9, 16, 25})).isCloseTo(1.0, within(1e-12));
        assertThat(Stats.spearman(x, new double[] {5, 3, 2, 1, 0})).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void spearmanMatchesAHandWorkedExample() {
        // d = rank differences 0,-1,1,-1,1 -> sum d^2 = 4 -> rho = 1 - 6*4/(5*24) = 0.8
        assertThat(Stats.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 5, 4}))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void spearmanIntervalUsesFisherZWithTheBonettWrightStandardError() {
        double[] ci = Stats.spearmanInterval(0.5, 28);
        double z = 0.5 * Math.log(1.5 / 0.5);
        double se = 1.06 / 5.0;
        assertThat(ci[0]).isCloseTo(Math.tanh(z - 1.959964 * se), within(1e-9));
        assertThat(ci[1]).isCloseTo(Math.tanh(z + 1.959964 * se), within(1e-9));
        assertThat(ci[0]).isGreaterThan(0.1).isLessThan(0.2);
    }

    @Test
    void tQuantilesAreCloseToTheTables() {
        assertThat(Stats.t975(5)).isCloseTo(2.571, within(0.01));
        assertThat(Stats.t975(10)).isCloseTo(2.228, within(0.003));
        assertThat(Stats.t975(28)).isCloseTo(2.048, within(0.002));
        assertThat(Stats.t975(1000)).isCloseTo(1.962, within(0.002));
    }

    @Test
    void leastSquaresRecoversAnExactLine() {
        double[] fit = Stats.leastSquares(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        assertThat(fit[0]).isCloseTo(2.0, within(1e-12));
        assertThat(fit[1]).isCloseTo(1.0, within(1e-12));
        assertThat(fit[2]).isCloseTo(0.0, within(1e-12));
    }
}
