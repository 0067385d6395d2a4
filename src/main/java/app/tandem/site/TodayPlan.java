package app.tandem.site;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.today.MoodWeek;
import app.tandem.shared.today.NextStep;
import app.tandem.shared.today.NextStepContributor;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one primary action at the top of the client's Today: the check-in until they have checked in today, then the
 * most pressing next step the modules offer (in {@link NextStep.Kind}'s order), else a calm "that is all".
 */
@Component
class TodayPlan {

    /** What the top card shows. */
    enum State {
        CHECK_IN,
        NEXT_STEP,
        ALL_DONE
    }

    /** The top card: its state and, for {@link State#NEXT_STEP}, the step. */
    record Primary(State state, NextStep step) {

        public String kind() {
            return step == null ? null : step.kind().name();
        }
    }

    private final List<NextStepContributor> contributors;

    TodayPlan(ObjectProvider<NextStepContributor> contributors) {
        this.contributors = contributors.stream().toList();
    }

    Primary primaryFor(CurrentUser client, MoodWeek week) {
        return choose(
                week.checkedInToday(),
                () -> contributors.stream()
                        .map(c -> c.nextFor(client))
                        .flatMap(Optional::stream)
                        .toList());
    }

    /** The rule itself; the next steps are only asked for once the client has checked in. */
    static Primary choose(boolean checkedInToday, Supplier<List<NextStep>> steps) {
        if (!checkedInToday) {
            return new Primary(State.CHECK_IN, null);
        }
        return steps.get().stream()
                .min(Comparator.comparing(NextStep::kind))
                .map(s -> new Primary(State.NEXT_STEP, s))
                .orElse(new Primary(State.ALL_DONE, null));
    }
}
