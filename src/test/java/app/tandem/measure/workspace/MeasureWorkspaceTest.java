package app.tandem.measure.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.Measures;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.DueAssignment;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What measures contribute: scores with reliable and clinically significant change, the timeline, due assignments. */
@TandemIntegrationTest
class MeasureWorkspaceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    TestData data;

    @Autowired
    Measures measures;

    @Autowired
    MeasureBrief brief;

    @Autowired
    MeasureTimeline timeline;

    @Autowired
    MeasureAssignmentsDue due;

    @Autowired
    app.tandem.appointment.AppointmentHistory sessions;

    CurrentUser therapist;
    CurrentUser client;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aClient() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void theBriefGivesThePeriodsScoresWithReliableAndClinicallySignificantChangeAndTheThreshold() {
        phq9(18, 40);
        phq9(14, 20);
        phq9(11, 10);
        phq9(9, 3);

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "PHQ-9: 11, 9 in this period; latest 9 (Mild depression).",
                        "PHQ-9 since the score before this period (14 to 9): no reliable change (-5 points).",
                        "PHQ-9 since the first score (18 to 9): reliable improvement (-9 points); clinically significant change (moved out of the clinical range).",
                        "Threshold used: a change of 6 points or more is reliable (the published threshold); caseness cut-off 10.");
        assertThat(section.lines().get(0).link()).isEqualTo("/therapist/clients/" + client.id() + "/measures");
        assertThat(section.lines().get(0).at()).isEqualTo(now.minus(Duration.ofDays(3)));
    }

    @Test
    void aPeriodWithoutScoresSaysSo() {
        phq9(18, 40);

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly("No questionnaires completed in this period.");
    }

    @Test
    void theTimelineListsCompletedQuestionnairesNewestFirst() {
        phq9(18, 40);
        phq9(9, 3);

        List<TimelineEntry> entries = timeline.before(client.id(), now, 10);

        assertThat(entries)
                .extracting(TimelineEntry::text)
                .containsExactly(
                        "PHQ-9 completed: 9 (Mild depression)", "PHQ-9 completed: 18 (Moderately severe depression)");
    }

    @Test
    void anOpenWindowIsDueAndAClosedUnansweredOneIsOverdue() {
        LocalDate today = LocalDate.now(ZONE);
        measures.assign(
                client.practiceId(), client.id(), therapist.id(), "phq9", AssignmentSchedule.once(today, 3, ZONE));
        measures.assign(
                client.practiceId(),
                client.id(),
                therapist.id(),
                "gad7",
                AssignmentSchedule.once(today.minusDays(6), 2, ZONE));
        measures.assign(
                client.practiceId(),
                client.id(),
                therapist.id(),
                "who5",
                AssignmentSchedule.once(today.minusDays(60), 2, ZONE));

        List<DueAssignment> found = due.dueFor(Map.of(client.id(), ZONE), Instant.now());

        assertThat(found)
                .extracting(DueAssignment::what, DueAssignment::dueOn, DueAssignment::overdue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PHQ-9", today.plusDays(2), false),
                        org.assertj.core.groups.Tuple.tuple("GAD-7", today.minusDays(6), true));
    }

    @Test
    void beforeEachSessionIsDueBeforeTheNextSessionAndOverdueForOneThatStartedUnanswered() {
        Instant current = Instant.now();
        measures.assign(
                client.practiceId(),
                client.id(),
                therapist.id(),
                "phq9",
                AssignmentSchedule.beforeEachSession(LocalDate.now(ZONE).minusDays(10), ZONE));
        Instant lastWeek = current.minus(Duration.ofDays(7));
        Instant tomorrow = current.plus(Duration.ofDays(1));
        sessions.session(
                client.practiceId(),
                client.id(),
                therapist.id(),
                lastWeek,
                50,
                app.tandem.appointment.Modality.IN_PERSON,
                app.tandem.appointment.SessionStatus.ATTENDED);
        sessions.session(
                client.practiceId(),
                client.id(),
                therapist.id(),
                tomorrow,
                50,
                app.tandem.appointment.Modality.IN_PERSON,
                app.tandem.appointment.SessionStatus.SCHEDULED);

        List<DueAssignment> found = due.dueFor(Map.of(client.id(), ZONE), current);

        assertThat(found)
                .extracting(DueAssignment::what, DueAssignment::dueOn, DueAssignment::overdue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "PHQ-9", tomorrow.atZone(ZONE).toLocalDate(), false),
                        org.assertj.core.groups.Tuple.tuple(
                                "PHQ-9", lastWeek.atZone(ZONE).toLocalDate(), true));
    }

    private void phq9(int total, int daysAgo) {
        List<Integer> answers = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        for (int left = total, i = 0; left > 0; i = (i + 1) % 8) {
            if (answers.get(i) < 3) {
                answers.set(i, answers.get(i) + 1);
                left--;
            }
        }
        measures.recordHistorical(
                client.practiceId(), client.id(), "phq9", answers, now.minus(Duration.ofDays(daysAgo)), null);
    }
}
