package app.tandem.caseload.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.habit.HabitHistory;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.Measures;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Due and overdue across the caseload: the therapist's own clients only, overdue apart from due, each client audited. */
@TandemIntegrationTest
class AssignmentsPageTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Measures measures;

    @Autowired
    HabitHistory habits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsOverdueAndDueWorkOfTheTherapistsOwnClientsOnly() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser casey = data.aClientOf(therapist);
        CurrentUser other = data.aClientOf(data.aTherapist(therapist.practiceId()));
        LocalDate today = LocalDate.now(ZONE);
        habits.homework(casey.practiceId(), casey.id(), therapist.id(), "Write the worry list", today.minusDays(1));
        measures.assign(
                casey.practiceId(), casey.id(), therapist.id(), "gad7", AssignmentSchedule.once(today, 3, ZONE));
        habits.homework(other.practiceId(), other.id(), therapist.id(), "Someone else's reading", today);

        String html = mvc.perform(get("/therapist/assignments").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String overdue = html.substring(html.indexOf("id=\"overdue\""), html.indexOf("id=\"due-heading\""));
        String due = html.substring(html.indexOf("id=\"due\""));
        assertThat(overdue).contains("Homework: Write the worry list").doesNotContain("GAD-7");
        assertThat(due).contains("GAD-7").doesNotContain("Write the worry list");
        assertThat(html).contains("across your 1 client.").doesNotContain("Someone else");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'assignments'")
                        .param(casey.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTherapistWithoutClientsSeesNothingDue() throws Exception {
        String html = mvc.perform(get("/therapist/assignments").with(SignedIn.as(data.aTherapist(data.aPractice()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Nothing overdue.", "Nothing due.");
    }
}
