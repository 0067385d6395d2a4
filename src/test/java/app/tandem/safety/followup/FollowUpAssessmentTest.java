package app.tandem.safety.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.screening.RiskLevel;
import org.junit.jupiter.api.Test;

class FollowUpAssessmentTest {

    private static final FollowUpAnswers ALL_NO = new FollowUpAnswers(false, false, false, false, false, false, null);

    @Test
    void noYesAnswersRaiseNothing() {
        assertThat(FollowUpAssessment.levelFor(ALL_NO)).isEqualTo(RiskLevel.NONE);
        assertThat(FollowUpAssessment.levelFor(FollowUpAnswers.NONE)).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void aWishToBeDeadIsLow() {
        assertThat(level(true, false, false, false, false, false, null)).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void thoughtsOfKillingYourselfAreModerate() {
        assertThat(level(true, true, false, false, false, false, null)).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void thinkingAboutHowIsModerate() {
        assertThat(level(null, null, true, null, null, null, null)).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void intentionIsHigh() {
        assertThat(level(null, true, false, true, false, false, null)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aPlanIsHigh() {
        assertThat(level(false, false, false, false, true, false, null)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void somethingDoneWithinThreeMonthsIsHighAndLongerAgoModerate() {
        assertThat(level(null, null, null, null, null, true, BehaviourWhen.WITHIN_3_MONTHS))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level(null, null, null, null, null, true, BehaviourWhen.LONGER_AGO))
                .isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void somethingDoneAtAnUnknownTimeCountsAsRecent() {
        assertThat(level(null, null, null, null, null, true, null)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aTimeWithoutAYesToBehaviourCountsForNothing() {
        assertThat(level(false, false, false, false, false, false, BehaviourWhen.WITHIN_3_MONTHS))
                .isEqualTo(RiskLevel.NONE);
    }

    @Test
    void theLevelIsTheHighestAnyAnswerReaches() {
        assertThat(level(true, true, true, false, true, true, BehaviourWhen.LONGER_AGO))
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theReasonNamesEveryYesAndNothingElse() {
        String reason = FollowUpAssessment.reasonFor(
                new FollowUpAnswers(true, false, true, null, false, true, BehaviourWhen.LONGER_AGO));

        assertThat(reason)
                .contains("wished to be dead", "thinking about how", "more than 3 months ago")
                .doesNotContain("intention", "a plan", "thoughts of killing");
    }

    private static RiskLevel level(
            Boolean wish,
            Boolean thoughts,
            Boolean method,
            Boolean intent,
            Boolean plan,
            Boolean behaviour,
            BehaviourWhen when) {
        return FollowUpAssessment.levelFor(new FollowUpAnswers(wish, thoughts, method, intent, plan, behaviour, when));
    }
}
