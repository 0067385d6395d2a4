package app.tandem.habit.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.habit.HabitHistory;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.DueAssignment;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What homework contributes: done / missed / open in the brief, assigned and done in the timeline, due and overdue. */
@TandemIntegrationTest
class HomeworkWorkspaceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    TestData data;

    @Autowired
    HabitHistory history;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    HomeworkBrief brief;

    @Autowired
    HomeworkTimeline timeline;

    @Autowired
    HomeworkDue due;

    CurrentUser therapist;
    CurrentUser client;
    UUID done;
    LocalDate today = LocalDate.now(ZONE);

    @BeforeEach
    void homework() throws Exception {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        history.homework(client.practiceId(), client.id(), therapist.id(), "Write the worry list", today.minusDays(2));
        history.homework(client.practiceId(), client.id(), therapist.id(), "Read the sleep leaflet", today.plusDays(3));
        done = history.homework(client.practiceId(), client.id(), therapist.id(), "Plan one walk", today.plusDays(1));
        mvc.perform(post("/api/v1/habits/{id}/completions", done)
                        .with(SignedIn.as(client))
                        .header("Idempotency-Key", "done-" + done)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DONE\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theBriefCountsDoneMissedAndOpenHomeworkAndNamesEach() {
        Instant now = Instant.now();
        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "1 done, 1 missed, 1 still open.",
                        "Missed: Write the worry list (due " + day(today.minusDays(2)) + ").",
                        "Done: Plan one walk (due " + day(today.plusDays(1)) + ").",
                        "Open: Read the sleep leaflet (due " + day(today.plusDays(3)) + ").");
    }

    @Test
    void homeworkMissedBeforeThePeriodWasInTheLastBriefAndIsNotRepeated() {
        UUID old = history.homework(
                client.practiceId(), client.id(), therapist.id(), "Old worksheet", today.minusDays(30));
        jdbc.sql("UPDATE habit SET created_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now().minusDays(40), old)
                .update();
        Instant now = Instant.now();

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines()).extracting(BriefLine::text).noneMatch(t -> t.contains("Old worksheet"));
        assertThat(section.lines().get(0).text()).isEqualTo("1 done, 1 missed, 1 still open.");
    }

    @Test
    void theTimelineShowsHomeworkAssignedAndDoneNewestFirst() {
        assertThat(timeline.before(client.id(), Instant.now().plusSeconds(1), 10))
                .extracting(TimelineEntry::text)
                .first()
                .isEqualTo("Homework done: Plan one walk");
        assertThat(timeline.before(client.id(), Instant.now().plusSeconds(1), 10))
                .extracting(TimelineEntry::text)
                .contains("Homework assigned: Write the worry list", "Homework assigned: Read the sleep leaflet")
                .hasSize(4);
    }

    @Test
    void openHomeworkIsDueOrOverdueAndDoneHomeworkIsNeither() {
        assertThat(due.dueFor(Map.of(client.id(), ZONE), Instant.now()))
                .extracting(DueAssignment::what, DueAssignment::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Homework: Write the worry list", true),
                        org.assertj.core.groups.Tuple.tuple("Homework: Read the sleep leaflet", false));
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.getDefault()));
    }
}
