package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Jacobson-Truax statistics against hand-computed examples. Hand computations use the definition values:
 * PHQ-9 SD 5.7, r 0.89: SE = 5.7 x sqrt(0.11) = 1.89048, S_diff = 2.67355, threshold 1.96 x S_diff = 5.2402.
 * GAD-7 SD 5.0, r 0.92: SE = 1.41421, S_diff = 2.0, threshold 3.92.
 * WHO-5 (percentage scale) SD 20, r 0.84: SE = 8.0, S_diff = 11.3137, threshold 22.175.
 * PCL-5 SD 14, r 0.82: SE = 5.93970, S_diff = 8.4, threshold 16.464.
 */
class ChangeCalculatorTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final ChangeCalculator calculator = new ChangeCalculator();
    private final Instrument phq9 = CATALOG.get("phq9");
    private final Instrument gad7 = CATALOG.get("gad7");
    private final Instrument who5 = CATALOG.get("who5");
    private final Instrument pcl5 = CATALOG.get("pcl5");

    @Test
    void thresholdsAreComputedFromStoredSdAndReliability() {
        ChangeThresholds t = calculator.thresholds(phq9);
        assertThat(t.standardError()).isCloseTo(1.89048, within(1e-4));
        assertThat(t.standardErrorOfDifference()).isCloseTo(2.67355, within(1e-4));
        assertThat(t.reliableChangePoints()).isCloseTo(5.2402, within(1e-3));
        assertThat(t.commonReliableChange().value()).isEqualTo(6);
        assertThat(t.reliability().source()).contains("Kroenke 2001");

        assertThat(calculator.thresholds(gad7).standardErrorOfDifference()).isCloseTo(2.0, within(1e-9));
        assertThat(calculator.thresholds(gad7).reliableChangePoints()).isCloseTo(3.92, within(1e-9));
        assertThat(calculator.thresholds(who5).standardError()).isCloseTo(8.0, within(1e-9));
        assertThat(calculator.thresholds(who5).reliableChangePoints()).isCloseTo(22.175, within(1e-3));
        assertThat(calculator.thresholds(pcl5).standardErrorOfDifference()).isCloseTo(8.4, within(1e-9));
    }

    @Test
    void summaryShowsTheThresholdItsInputsAndTheCommonFigure() {
        assertThat(calculator.thresholds(gad7).summary())
                .startsWith("Reliable change needs more than 3.9 points (SD 5, reliability 0.92; Spitzer 2006")
                .contains("[values to be checked]")
                .endsWith("commonly used threshold 4 points");
        assertThat(calculator.thresholds(who5).summary())
                .contains("22.2 percentage points")
                .endsWith("commonly used threshold 10 percentage points");
        assertThat(ChangeThresholds.DECIDING_RULE).contains("Jacobson-Truax");
    }

    @Test
    void reliableImprovementStillInCasenessIsNotRecovery() {
        ChangeAssessment a = calculator.assess(phq9, 18, null, 12);
        assertThat(a.changeFromBaseline()).isEqualTo(-6);
        assertThat(a.fromBaseline().rci()).isCloseTo(-2.24421, within(1e-4));
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(a.fromBaseline().meetsCommonThreshold()).isTrue();
        assertThat(a.baselineCaseness()).isTrue();
        assertThat(a.currentCaseness()).isTrue();
        assertThat(a.clinicallySignificantChange()).isFalse();
        assertThat(a.reliableRecovery()).isFalse();
        assertThat(a.response()).isFalse();
        assertThat(a.remission()).isFalse();
        assertThat(a.fromPrevious()).isNull();
        assertThat(a.changeFromPrevious()).isNull();
    }

    @Test
    void reliableImprovementAcrossCasenessIsReliableRecovery() {
        ChangeAssessment a = calculator.assess(phq9, 15, null, 8);
        assertThat(a.fromBaseline().rci()).isCloseTo(-2.61826, within(1e-4));
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(a.clinicallySignificantChange()).isTrue();
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).as("7/15 is below 50%").isFalse();
        assertThat(a.remission()).isFalse();
    }

    @Test
    void responseAndRemission() {
        ChangeAssessment a = calculator.assess(phq9, 16, null, 4);
        assertThat(a.fromBaseline().rci()).isCloseTo(-4.48843, within(1e-4));
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).isTrue();
        assertThat(a.remission()).isTrue();
    }

    @Test
    void crossingWithoutReliableChangeIsNotRecoveryAndExactlyHalfIsAResponse() {
        ChangeAssessment a = calculator.assess(phq9, 10, null, 5);
        assertThat(a.fromBaseline().rci()).isCloseTo(-1.87018, within(1e-4));
        assertThat(a.fromBaseline().reliable()).isFalse();
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.NO_RELIABLE_CHANGE);
        assertThat(a.fromBaseline().meetsCommonThreshold()).isFalse();
        assertThat(a.clinicallySignificantChange()).isTrue();
        assertThat(a.reliableRecovery()).isFalse();
        assertThat(a.response()).isTrue();
        assertThat(a.remission()).as("5 is not below 5").isFalse();
    }

    @Test
    void zeroBaselineIsNeverAResponse() {
        assertThat(calculator.assess(phq9, 0, null, 0).response()).isFalse();
    }

    @Test
    void reliableDeterioration() {
        ChangeAssessment a = calculator.assess(phq9, 5, null, 12);
        assertThat(a.fromBaseline().rci()).isCloseTo(2.61826, within(1e-4));
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.DETERIORATED);
        assertThat(a.clinicallySignificantChange()).isFalse();
        assertThat(a.reliableRecovery()).isFalse();
    }

    @Test
    void changeFromLastIsTestedSeparately() {
        ChangeAssessment a = calculator.assess(phq9, 20, 14, 9);
        assertThat(a.changeFromBaseline()).isEqualTo(-11);
        assertThat(a.changeFromPrevious()).isEqualTo(-5);
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(a.fromPrevious().direction()).isEqualTo(ChangeDirection.NO_RELIABLE_CHANGE);
        assertThat(a.previous()).isEqualTo(14);
    }

    @Test
    void gad7UsesCaseness8ForChangeAndHasNoRemission() {
        ChangeAssessment stillCase = calculator.assess(gad7, 12, null, 8);
        assertThat(stillCase.fromBaseline().rci()).isCloseTo(-2.0, within(1e-9));
        assertThat(stillCase.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(stillCase.currentCaseness()).isTrue();
        assertThat(stillCase.reliableRecovery()).isFalse();

        ChangeAssessment recovered = calculator.assess(gad7, 12, null, 7);
        assertThat(recovered.fromBaseline().rci()).isCloseTo(-2.5, within(1e-9));
        assertThat(recovered.reliableRecovery()).isTrue();
        assertThat(recovered.remission()).isNull();

        ChangeAssessment small = calculator.assess(gad7, 12, null, 9);
        assertThat(small.fromBaseline().rci()).isCloseTo(-1.5, within(1e-9));
        assertThat(small.fromBaseline().reliable()).isFalse();
        assertThat(calculator.assess(gad7, 12, null, 6).response()).isTrue();
    }

    @Test
    void who5IsAssessedOnThePercentageScaleWithHigherIsBetter() {
        ChangeAssessment better = calculator.assess(who5, 8, null, 15);
        assertThat(better.scale()).isEqualTo(ScoreScale.SCALED);
        assertThat(better.baseline()).isEqualTo(32);
        assertThat(better.current()).isEqualTo(60);
        assertThat(better.changeFromBaseline()).isEqualTo(28);
        assertThat(better.fromBaseline().rci()).isCloseTo(2.47487, within(1e-4));
        assertThat(better.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(better.clinicallySignificantChange()).isTrue();
        assertThat(better.reliableRecovery()).isTrue();
        assertThat(better.response()).isNull();
        assertThat(better.remission()).isNull();

        ChangeAssessment worse = calculator.assess(who5, 20, null, 12);
        assertThat(worse.changeFromBaseline()).isEqualTo(-32);
        assertThat(worse.fromBaseline().rci()).isCloseTo(-2.82843, within(1e-4));
        assertThat(worse.fromBaseline().direction()).isEqualTo(ChangeDirection.DETERIORATED);
        assertThat(worse.clinicallySignificantChange()).isFalse();

        ChangeAssessment meaningfulButNotReliable = calculator.assess(who5, 10, null, 14);
        assertThat(meaningfulButNotReliable.changeFromBaseline()).isEqualTo(16);
        assertThat(meaningfulButNotReliable.fromBaseline().reliable()).isFalse();
        assertThat(meaningfulButNotReliable.fromBaseline().meetsCommonThreshold())
                .isTrue();
        assertThat(meaningfulButNotReliable.clinicallySignificantChange()).isTrue();
        assertThat(meaningfulButNotReliable.reliableRecovery()).isFalse();
    }

    @Test
    void pcl5ReliableRecovery() {
        ChangeAssessment a = calculator.assess(pcl5, 50, null, 30);
        assertThat(a.fromBaseline().rci()).isCloseTo(-2.38095, within(1e-4));
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).isNull();
        assertThat(a.thresholds().commonReliableChange().check()).isTrue();
    }

    @Test
    void asrsDefinesNoChange() {
        assertThatThrownBy(() -> calculator.assess(CATALOG.get("asrs6"), 3, null, 4))
                .isInstanceOf(ChangeNotDefinedException.class)
                .hasMessageContaining("asrs6");
    }

    @Test
    void totalsOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> calculator.assess(phq9, 28, null, 3))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessageContaining("baseline total 28");
        assertThatThrownBy(() -> calculator.assess(who5, 10, -1, 3))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessageContaining("previous");
        assertThatThrownBy(() -> calculator.assess(gad7, 10, null, 22))
                .isInstanceOf(InvalidScoreException.class)
                .hasMessageContaining("current");
    }
}
