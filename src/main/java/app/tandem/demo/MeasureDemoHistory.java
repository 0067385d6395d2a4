package app.tandem.demo;

import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.Measures;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Questionnaire history: Alex does PHQ-9 and GAD-7 every two weeks for five months and improves reliably
 * (PHQ-9 17 to 8), with the PHQ-9 assignment due again today; Sam does WHO-5 monthly; Riley did PCL-5 three times.
 */
@Component
@Order(300)
class MeasureDemoHistory implements DemoHistory {

    private static final int[] ALEX_PHQ9 = {17, 18, 16, 15, 15, 13, 12, 11, 10, 9, 8};
    private static final int[] ALEX_GAD7 = {15, 15, 14, 13, 12, 12, 10, 9, 9, 8, 7};
    private static final int[] SAM_WHO5 = {9, 10, 12, 13, 15};
    private static final int[] RILEY_PCL5 = {48, 41, 36};

    private final Measures measures;
    private final Clock clock;

    MeasureDemoHistory(Measures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    @Override
    public void seed(DemoPeople people) {
        ZoneId zone = ZoneId.of(DemoPractice.ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate alexStart = today.minusWeeks(2L * ALEX_PHQ9.length);
        var phq9 = measures.assign(
                people.practice(),
                people.alex(),
                people.maya(),
                "phq9",
                AssignmentSchedule.everyWeeks(2, alexStart, 3, zone));
        for (int i = 0; i < ALEX_PHQ9.length; i++) {
            LocalDate day = alexStart.plusWeeks(2L * i);
            record(
                    people,
                    people.alex(),
                    "phq9",
                    spread(ALEX_PHQ9[i], 9, 3, true),
                    day,
                    LocalTime.of(19, 10),
                    zone,
                    phq9);
            record(
                    people,
                    people.alex(),
                    "gad7",
                    spread(ALEX_GAD7[i], 7, 3, false),
                    day,
                    LocalTime.of(19, 14),
                    zone,
                    null);
        }
        LocalDate samStart = today.minusMonths(SAM_WHO5.length).plusDays(3);
        for (int i = 0; i < SAM_WHO5.length; i++) {
            record(
                    people,
                    people.sam(),
                    "who5",
                    spread(SAM_WHO5[i], 5, 5, false),
                    samStart.plusMonths(i),
                    LocalTime.of(8, 30),
                    zone,
                    null);
        }
        LocalDate rileyStart = today.minusWeeks(10);
        for (int i = 0; i < RILEY_PCL5.length; i++) {
            record(
                    people,
                    people.riley(),
                    "pcl5",
                    spread(RILEY_PCL5[i], 20, 4, false),
                    rileyStart.plusWeeks(4L * i),
                    LocalTime.of(21, 0),
                    zone,
                    null);
        }
    }

    private void record(
            DemoPeople people,
            UserId client,
            String code,
            List<Integer> answers,
            LocalDate day,
            LocalTime time,
            ZoneId zone,
            java.util.UUID assignment) {
        measures.recordHistorical(
                people.practice(),
                client,
                code,
                answers,
                day.atTime(time).atZone(zone).toInstant(),
                assignment);
    }

    /** Answers summing to {@code total}, spread evenly over the items (the last item kept at 0 when asked). */
    static List<Integer> spread(int total, int items, int max, boolean lastItemZero) {
        int usable = lastItemZero ? items - 1 : items;
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            answers.add(0);
        }
        for (int left = total, i = 0; left > 0; i = (i + 1) % usable) {
            if (answers.get(i) < max) {
                answers.set(i, answers.get(i) + 1);
                left--;
            }
        }
        return answers;
    }
}
