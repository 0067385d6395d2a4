package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Change statistics against hand-worked examples. The shipped definitions carry the published individual-change
 * thresholds (PHQ-9 6, GAD-7 4, WHO-5 23.6 percentage points, PCL-5 15) and no baseline SD, so those thresholds
 * decide. With a practice's own baseline SD, Jacobson-Truax decides: PHQ-9 SD 5.7, r 0.89 gives
 * SE = 5.7 x sqrt(0.11) = 1.89048, S_diff = 2.67355, threshold 1.96 x S_diff = 5.2402.
 */
class ChangeCalculatorTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadDefault();
    private final ChangeCalculator calculator = new ChangeCalculator();
    private final Instrument phq9 = CATALOG.get("phq9");
    private final Instrument gad7 = CATALOG.get("gad7");
    private final Instrument who5 = CATALOG.get("who5");
    private final Instrument pcl5 = CATALOG.get("pcl5");

    @Test
    void withoutASourcedSdThePublishedThresholdDecides() {
        ChangeThresholds t = calculator.thresholds(phq9);
        assertThat(t.rule()).isEqualTo(ChangeThresholds.Rule.PUBLISHED_THRESHOLD);
        assertThat(t.hasIndex()).isFalse();
        assertThat(t.sd()).isNull();
        assertThat(t.reliableChangePoints()).isEqualTo(6);
        assertThat(calculator.thresholds(gad7).reliableChangePoints()).isEqualTo(4);
        assertThat(calculator.thresholds(who5).reliableChangePoints()).isEqualTo(23.6);
        assertThat(calculator.thresholds(pcl5).reliableChangePoints()).isEqualTo(15);
    }

    @Test
    void summaryNamesTheThresholdAndItsSource() {
        assertThat(calculator.thresholds(phq9).summary())
                .startsWith("Reliable change: a change of at least 6 points (NHS Talking Therapies")
                .doesNotContain("check");
        assertThat(calculator.thresholds(who5).summary())
                .startsWith("Reliable change: a change of at least 23.6 percentage points (Schougaard");
        assertThat(calculator.thresholds(pcl5).summary()).contains("Marx");
    }

    @Test
    void aPracticesOwnBaselineSdMakesJacobsonTruaxDecide() {
        Instrument withSd = phq9.withChange(
                phq9.change().withBaselineSd(new CitedValue(5.7, "Practice audit of 2025 intakes", false, null)));
        ChangeThresholds t = calculator.thresholds(withSd);
        assertThat(t.rule()).isEqualTo(ChangeThresholds.Rule.JACOBSON_TRUAX);
        assertThat(t.standardError()).isCloseTo(1.89048, within(1e-4));
        assertThat(t.standardErrorOfDifference()).isCloseTo(2.67355, within(1e-4));
        assertThat(t.reliableChangePoints()).isCloseTo(5.2402, within(1e-3));
        assertThat(t.summary())
                .startsWith("Reliable change needs more than 5.2 points (Jacobson-Truax; SD 5.7, Practice audit")
                .endsWith("published threshold 6 points");

        ChangeAssessment a = calculator.assess(withSd, 18, null, 12);
        assertThat(a.fromBaseline().rci()).isCloseTo(-2.24421, within(1e-4));
        assertThat(a.fromBaseline().hasIndex()).isTrue();
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        ChangeAssessment notReliable = calculator.assess(withSd, 10, null, 5);
        assertThat(notReliable.fromBaseline().rci()).isCloseTo(-1.87018, within(1e-4));
        assertThat(notReliable.fromBaseline().reliable()).isFalse();
    }

    @Test
    void reliableImprovementStillInCasenessIsNotRecovery() {
        ChangeAssessment a = calculator.assess(phq9, 18, null, 12);
        assertThat(a.changeFromBaseline()).isEqualTo(-6);
        assertThat(a.fromBaseline().hasIndex()).isFalse();
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
    void fivePointsOnThePhq9IsNotReliable() {
        ChangeAssessment a = calculator.assess(phq9, 17, null, 12);
        assertThat(a.fromBaseline().reliable()).isFalse();
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.NO_RELIABLE_CHANGE);
    }

    @Test
    void reliableImprovementAcrossCasenessIsReliableRecovery() {
        ChangeAssessment a = calculator.assess(phq9, 15, null, 8);
        assertThat(a.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(a.clinicallySignificantChange()).isTrue();
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).as("7/15 is below 50%").isFalse();
        assertThat(a.remission()).isFalse();
    }

    @Test
    void responseAndRemission() {
        ChangeAssessment a = calculator.assess(phq9, 16, null, 4);
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).isTrue();
        assertThat(a.remission()).isTrue();
    }

    @Test
    void crossingWithoutReliableChangeIsNotRecoveryAndExactlyHalfIsAResponse() {
        ChangeAssessment a = calculator.assess(phq9, 10, null, 5);
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
        assertThat(stillCase.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(stillCase.currentCaseness()).isTrue();
        assertThat(stillCase.reliableRecovery()).isFalse();

        ChangeAssessment recovered = calculator.assess(gad7, 12, null, 7);
        assertThat(recovered.reliableRecovery()).isTrue();
        assertThat(recovered.remission()).isNull();

        ChangeAssessment small = calculator.assess(gad7, 12, null, 9);
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
        assertThat(better.fromBaseline().direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(better.clinicallySignificantChange()).isTrue();
        assertThat(better.reliableRecovery()).isTrue();
        assertThat(better.response()).isNull();
        assertThat(better.remission()).isNull();

        ChangeAssessment worse = calculator.assess(who5, 20, null, 12);
        assertThat(worse.changeFromBaseline()).isEqualTo(-32);
        assertThat(worse.fromBaseline().direction()).isEqualTo(ChangeDirection.DETERIORATED);
        assertThat(worse.clinicallySignificantChange()).isFalse();

        // 20 percentage points: the scoring sheet's group-level "10 %" would call it meaningful; for one person it
        // is within the minimal detectable change of 23.6.
        ChangeAssessment groupLevelOnly = calculator.assess(who5, 10, null, 15);
        assertThat(groupLevelOnly.changeFromBaseline()).isEqualTo(20);
        assertThat(groupLevelOnly.fromBaseline().reliable()).isFalse();
        assertThat(groupLevelOnly.clinicallySignificantChange()).isTrue();
        assertThat(groupLevelOnly.reliableRecovery()).isFalse();
    }

    @Test
    void pcl5ReliableChangeIsFifteenAndClinicallySignificantChangeEndsAt28() {
        ChangeAssessment a = calculator.assess(pcl5, 50, null, 28);
        assertThat(a.fromBaseline().reliable()).isTrue();
        assertThat(a.reliableRecovery()).isTrue();
        assertThat(a.response()).isNull();

        ChangeAssessment tenPoints = calculator.assess(pcl5, 40, null, 30);
        assertThat(tenPoints.fromBaseline().reliable())
                .as("the old 5-10 guidance was for the DSM-IV PCL")
                .isFalse();
        ChangeAssessment endsAt29 = calculator.assess(pcl5, 50, null, 29);
        assertThat(endsAt29.clinicallySignificantChange()).isFalse();
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
