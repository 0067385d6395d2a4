package app.tandem.measure.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpectedRecoveryTest {

    private final ExpectedRecovery recovery = ExpectedRecovery.withDefaults();

    @Test
    void startsAtTheBaselineAndHalvesTheDistanceToTheFloorEveryHalfLife() {
        // PHQ-9: floor 5, half-life 8 weeks
        assertThat(recovery.expectedScore("phq9", 21, 0))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(21.0));
        assertThat(recovery.expectedScore("phq9", 21, 8))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(13.0));
        assertThat(recovery.expectedScore("phq9", 21, 16))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(9.0));
        assertThat(recovery.expectedScore("phq9", 21, 400))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(5.0, within(0.01)));
    }

    @Test
    void aMoreSevereStartIsExpectedToFallByMorePoints() {
        double severeDrop = 24 - recovery.expectedScore("phq9", 24, 6).orElseThrow();
        double mildDrop = 12 - recovery.expectedScore("phq9", 12, 6).orElseThrow();
        assertThat(severeDrop).isGreaterThan(mildDrop);
    }

    @Test
    void agreesWithPublishedNonResponseCutPointsForATypicalStart() {
        // Schueller et al. 2015: PHQ-9 >= 17 at week 4, >= 13 at week 9 predict non-response; a start of 17 is
        // about the trials' mean. The default curve plus its tolerance lands within two points of each.
        ExpectedRecovery.Curve phq9 = ExpectedRecovery.DEFAULTS.get("phq9");
        assertThat(phq9.expectedScore(17, 4) + phq9.tolerance()).isCloseTo(17, within(2.0));
        assertThat(phq9.expectedScore(17, 9) + phq9.tolerance()).isCloseTo(13, within(2.0));
    }

    @Test
    void judgesOffTrackOnlyBeyondTheTolerance() {
        // GAD-7: floor 4, half-life 8, tolerance 3; start 16, week 8 -> expected 10
        assertThat(recovery.judge("gad7", 16, 8, 13).orElseThrow().offTrack()).isFalse();
        assertThat(recovery.judge("gad7", 16, 8, 14).orElseThrow().offTrackBy()).isEqualTo(1);
        assertThat(recovery.judge("gad7", 16, 8, 17).orElseThrow().offTrackBy()).isEqualTo(2);
    }

    @Test
    void aStartAtOrBelowTheFloorIsExpectedToStayThere() {
        assertThat(recovery.expectedScore("phq9", 3, 10)).hasValue(3.0);
    }

    @Test
    void instrumentsWithoutACurveAreNeverJudged() {
        assertThat(recovery.judge("who5", 10, 8, 2)).isEmpty();
        assertThat(recovery.expectedScore("pcl5", 50, 8)).isEmpty();
    }

    @Test
    void practiceCurvesReplaceTheDefaults() {
        ExpectedRecovery slower = new RecoveryProperties(java.util.Map.of("phq9", new ExpectedRecovery.Curve(5, 16, 4)))
                .expectedRecovery();
        assertThat(slower.expectedScore("phq9", 21, 16)).hasValue(13.0);
        assertThat(slower.curve("gad7")).contains(ExpectedRecovery.DEFAULTS.get("gad7"));
    }

    @Test
    void refusesACurveThatCannotFall() {
        assertThatThrownBy(() -> new ExpectedRecovery.Curve(5, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedRecovery.Curve(5, 8, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
