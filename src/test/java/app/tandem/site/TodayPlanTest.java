package app.tandem.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.today.NextStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for Today's primary action, without Spring. */
class TodayPlanTest {

    static final NextStep AGENDA = new NextStep(NextStep.Kind.SESSION_AGENDA, "Tuesday 2 December", "/client/sessions");
    static final NextStep HABIT = new NextStep(NextStep.Kind.HABIT, "Evening walk", "/client/habits");
    static final NextStep HOMEWORK = new NextStep(NextStep.Kind.HOMEWORK, "Read the leaflet", "/client/habits");
    static final NextStep PHQ9 = new NextStep(NextStep.Kind.QUESTIONNAIRE, "PHQ-9", "/client/measures/phq9");

    @Test
    void theCheckInComesFirstAndTheOthersAreNotEvenAskedUntilItIsDone() {
        TodayPlan.Primary primary = TodayPlan.choose(false, () -> {
            throw new AssertionError("next steps asked for before the check-in");
        });
        assertThat(primary.state()).isEqualTo(TodayPlan.State.CHECK_IN);
    }

    @Test
    void onceCheckedInAQuestionnaireThenHomeworkThenAHabitThenTheSessionAgenda() {
        assertThat(TodayPlan.choose(true, () -> List.of(AGENDA, HABIT, PHQ9, HOMEWORK))
                        .step())
                .isEqualTo(PHQ9);
        assertThat(TodayPlan.choose(true, () -> List.of(AGENDA, HABIT, HOMEWORK))
                        .step())
                .isEqualTo(HOMEWORK);
        assertThat(TodayPlan.choose(true, () -> List.of(AGENDA, HABIT)).step()).isEqualTo(HABIT);
        assertThat(TodayPlan.choose(true, () -> List.of(AGENDA)).step()).isEqualTo(AGENDA);
    }

    @Test
    void withNothingDueItIsAllDone() {
        TodayPlan.Primary primary = TodayPlan.choose(true, List::of);
        assertThat(primary.state()).isEqualTo(TodayPlan.State.ALL_DONE);
        assertThat(primary.step()).isNull();
    }
}
