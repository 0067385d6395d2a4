package app.tandem.caseload;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.habit.HabitHistory;
import app.tandem.measure.Measures;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clinical history for caseload tests, written through each module's public API: an alert, questionnaire scores,
 * daily check-ins and homework. Import with {@code @Import(CaseloadFixture.class)}.
 */
@TestComponent
public class CaseloadFixture {

    private final SafetyNet safetyNet;
    private final Measures measures;
    private final CheckIns checkIns;
    private final HabitHistory habits;
    private final TransactionTemplate tx;

    CaseloadFixture(
            SafetyNet safetyNet,
            Measures measures,
            CheckIns checkIns,
            HabitHistory habits,
            PlatformTransactionManager transactions) {
        this.safetyNet = safetyNet;
        this.measures = measures;
        this.checkIns = checkIns;
        this.habits = habits;
        this.tx = new TransactionTemplate(transactions);
    }

    /** An open alert of this level, raised as a structured signal (as PHQ-9 item 9 would). */
    public void anAlert(CurrentUser client, RiskLevel level) {
        tx.executeWithoutResult(s -> safetyNet.raiseSignal(
                client.id(),
                client.practiceId(),
                new SignalSource("measure-item", UUID.randomUUID().toString(), "PHQ-9 item 9", false),
                level,
                "PHQ-9 item 9 answered above 0"));
    }

    /** Scores of one instrument a week apart, the last one {@code lastAt}; item 9 of the PHQ-9 always 0. */
    public void weeklyScores(CurrentUser client, String instrument, Instant lastAt, int... totals) {
        int items = instrument.equals("phq9") ? 9 : 7;
        for (int i = 0; i < totals.length; i++) {
            Instant at = lastAt.minus(Duration.ofDays(7L * (totals.length - 1 - i)));
            measures.recordHistorical(
                    client.practiceId(), client.id(), instrument, answers(totals[i], items), at, null);
        }
    }

    /** One check-in a day at noon UTC with these moods, the last on {@code lastDay}. */
    public void dailyMoods(CurrentUser client, LocalDate lastDay, int... moods) {
        List<HistoricalCheckIn> entries = new ArrayList<>();
        for (int i = 0; i < moods.length; i++) {
            Instant at = lastDay.minusDays(moods.length - 1 - i).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
            entries.add(new HistoricalCheckIn(at, moods[i], null, null, null, null, List.of(), List.of(), null));
        }
        checkIns.recordHistorical(client.id(), entries);
    }

    /** Homework from the therapist, due on {@code dueOn}, not done. */
    public UUID homework(CurrentUser therapist, CurrentUser client, LocalDate dueOn) {
        return habits.homework(client.practiceId(), client.id(), therapist.id(), "Read the leaflet", dueOn);
    }

    /** Answers to {@code items} items (0-3), filled from the first so that the last item (PHQ-9 item 9) stays 0. */
    private static List<Integer> answers(int total, int items) {
        List<Integer> answers = new ArrayList<>();
        int left = total;
        for (int i = 0; i < items; i++) {
            int a = i == 8 ? 0 : Math.min(3, left);
            answers.add(a);
            left -= a;
        }
        if (left > 0) {
            throw new IllegalArgumentException("total " + total + " too high for this fixture");
        }
        return answers;
    }
}
