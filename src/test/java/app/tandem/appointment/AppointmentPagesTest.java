package app.tandem.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sessions and the agenda through the pages, without JavaScript, with care access and the safety net. */
@TandemIntegrationTest
class AppointmentPagesTest {

    static final ZoneId PRACTICE = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;

    @BeforeEach
    void aTherapistWithAClient() {
        team = data.aTherapistWithAClient();
    }

    @Test
    void aTherapistSchedulesAWeeklySeriesTheClientSeesItAndTheRestCanBeCancelled() throws Exception {
        schedule(team.client(), LocalDate.now(PRACTICE).plusDays(1), "14:30", 6).andExpect(status().is3xxRedirection());
        List<UUID> ids = sessionsOf(team.client());
        assertThat(ids).hasSize(6);

        mvc.perform(get("/").with(team.asClient()))
                .andExpect(content().string(containsString("Upcoming sessions")))
                .andExpect(content().string(containsString("14:30")));
        mvc.perform(get("/therapist/sessions").with(team.asTherapist()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Casey Client")));

        mvc.perform(post("/therapist/sessions/{id}/cancel-rest", ids.get(3))
                        .with(team.asTherapist())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM appointment_session WHERE client_id = ? ORDER BY starts_at")
                        .param(team.client().id().value())
                        .query(String.class)
                        .list())
                .containsExactly("SCHEDULED", "SCHEDULED", "SCHEDULED", "CANCELLED", "CANCELLED", "CANCELLED");
    }

    @Test
    void aPastSessionIsMarkedAttendedButAFutureOneIsNot() throws Exception {
        schedule(team.client(), LocalDate.now(PRACTICE).minusDays(2), "09:00", 1);
        schedule(team.client(), LocalDate.now(PRACTICE).plusDays(2), "09:00", 1);
        List<UUID> ids = sessionsOf(team.client());

        mark(ids.get(0), "ATTENDED").andExpect(status().is3xxRedirection());
        mark(ids.get(1), "ATTENDED").andExpect(status().is3xxRedirection());

        assertThat(statusOf(ids.get(0))).isEqualTo("ATTENDED");
        assertThat(statusOf(ids.get(1))).as("not started yet").isEqualTo("SCHEDULED");
    }

    @Test
    void aSessionIsMovedBeforeItStartsButNotAfter() throws Exception {
        LocalDate inThreeDays = LocalDate.now(PRACTICE).plusDays(3);
        schedule(team.client(), inThreeDays, "09:00", 1);
        schedule(team.client(), LocalDate.now(PRACTICE).minusDays(3), "09:00", 1);
        List<UUID> ids = sessionsOf(team.client());
        UUID past = ids.get(0);
        UUID future = ids.get(1);

        mvc.perform(get("/therapist/sessions/{id}/edit", future).with(team.asTherapist()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"09:00\"")));
        move(future, inThreeDays.plusDays(1), "16:15").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT starts_at FROM appointment_session WHERE id = ?")
                        .param(future)
                        .query((rs, n) -> app.tandem.shared.SqlTimes.instant(rs, 1))
                        .single())
                .isEqualTo(java.time.ZonedDateTime.of(inThreeDays.plusDays(1), java.time.LocalTime.of(16, 15), PRACTICE)
                        .toInstant());

        move(past, LocalDate.now(PRACTICE).plusDays(1), "10:00")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", containsString("can no longer be moved")));
    }

    @Test
    void anotherTherapistCannotScheduleSeeOrChangeTheClientsSessions() throws Exception {
        schedule(team.client(), LocalDate.now(PRACTICE).minusDays(1), "09:00", 1);
        UUID id = sessionsOf(team.client()).get(0);
        CurrentUser colleague = data.aTherapist(team.therapist().practiceId());

        mvc.perform(post("/therapist/clients/{id}/sessions", team.client().id().value())
                        .with(SignedIn.as(colleague))
                        .with(csrf())
                        .param("date", LocalDate.now(PRACTICE).toString())
                        .param("time", "10:00")
                        .param("minutes", "50")
                        .param("modality", "VIDEO"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/therapist/sessions/{id}/status", id)
                        .with(SignedIn.as(colleague))
                        .with(csrf())
                        .param("status", "NO_SHOW"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/therapist/sessions/{id}/edit", id).with(SignedIn.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/therapist/sessions").with(SignedIn.as(colleague)))
                .andExpect(content().string(not(containsString("Casey Client"))));
        assertThat(statusOf(id)).isEqualTo("SCHEDULED");
    }

    @Test
    void theClientAddsReordersAndRemovesAgendaItemsAndADoubleSubmitAddsOnce() throws Exception {
        schedule(team.client(), LocalDate.now(PRACTICE).plusDays(3), "11:00", 1);
        String token = UUID.randomUUID().toString();
        addItem(team.client(), "Sleep since the move", token).andExpect(status().is3xxRedirection());
        addItem(team.client(), "Sleep since the move", token).andExpect(status().is3xxRedirection());
        addItem(team.client(), "My sister's visit", UUID.randomUUID().toString());
        List<UUID> items = itemsOf(team.client());
        assertThat(items).hasSize(2);

        mvc.perform(post("/client/sessions/agenda/{id}/up", items.get(1))
                        .with(team.asClient())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(itemsOf(team.client())).containsExactly(items.get(1), items.get(0));

        mvc.perform(post("/client/sessions/agenda/{id}/removal", items.get(0))
                        .with(team.asClient())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(itemsOf(team.client())).containsExactly(items.get(1));

        mvc.perform(get("/therapist/clients/{id}", team.client().id().value()).with(team.asTherapist()))
                .andExpect(content().string(containsString("My sister&#39;s visit")))
                .andExpect(content().string(not(containsString("Sleep since the move"))));

        CurrentUser other = data.aClientOf(team.therapist());
        mvc.perform(post("/client/sessions/agenda/{id}/removal", items.get(1))
                        .with(SignedIn.as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/client/sessions").with(SignedIn.as(other)))
                .andExpect(content().string(not(containsString("My sister"))));
    }

    @Test
    void anAgendaRiskPhraseRaisesAnAlertAndIsNotStoredInPlaintext() throws Exception {
        schedule(team.client(), LocalDate.now(PRACTICE).plusDays(3), "11:00", 1);
        addItem(team.client(), "I want to kill myself", UUID.randomUUID().toString())
                .andExpect(status().isOk()) // the crisis card is shown at once, not after a redirect
                .andExpect(content().string(containsString("988")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_alert WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT text FROM appointment_agenda_item WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(String.class)
                        .single())
                .doesNotContain("kill");
        assertThat(jdbc.sql("SELECT safety_level FROM appointment_agenda_item WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(String.class)
                        .single())
                .isNotEqualTo("NONE");
    }

    @Test
    void withoutASessionTheAgendaExplainsWhyAndAnEmptyItemIsRefusedWithAMessage() throws Exception {
        addItem(team.client(), "Something", UUID.randomUUID().toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Once your next session is scheduled")));
        schedule(team.client(), LocalDate.now(PRACTICE).plusDays(3), "11:00", 1);
        addItem(team.client(), "   ", UUID.randomUUID().toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write what you want to talk about.")));
        addItem(team.client(), "Something", "nul\u0000byte")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The form expired; please try again.")));
        assertThat(itemsOf(team.client())).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions schedule(
            CurrentUser who, LocalDate date, String time, int weeks) throws Exception {
        return mvc.perform(post("/therapist/clients/{id}/sessions", who.id().value())
                .with(team.asTherapist())
                .with(csrf())
                .param("date", date.toString())
                .param("time", time)
                .param("minutes", "50")
                .param("modality", "IN_PERSON")
                .param("weeks", String.valueOf(weeks)));
    }

    private org.springframework.test.web.servlet.ResultActions move(UUID id, LocalDate date, String time)
            throws Exception {
        return mvc.perform(post("/therapist/sessions/{id}", id)
                .with(team.asTherapist())
                .with(csrf())
                .param("date", date.toString())
                .param("time", time)
                .param("minutes", "50")
                .param("modality", "VIDEO"));
    }

    private org.springframework.test.web.servlet.ResultActions mark(UUID id, String status) throws Exception {
        return mvc.perform(post("/therapist/sessions/{id}/status", id)
                .with(team.asTherapist())
                .with(csrf())
                .param("status", status));
    }

    private org.springframework.test.web.servlet.ResultActions addItem(CurrentUser who, String text, String token)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/client/sessions/agenda")
                .with(SignedIn.as(who))
                .with(csrf())
                .param("text", text)
                .param("submitToken", token);
        return mvc.perform(request);
    }

    private List<UUID> sessionsOf(CurrentUser who) {
        return jdbc.sql("SELECT id FROM appointment_session WHERE client_id = ? ORDER BY starts_at")
                .param(who.id().value())
                .query(UUID.class)
                .list();
    }

    private List<UUID> itemsOf(CurrentUser who) {
        return jdbc.sql("""
                SELECT id FROM appointment_agenda_item WHERE client_id = ? AND removed_at IS NULL
                ORDER BY position""").param(who.id().value()).query(UUID.class).list();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM appointment_session WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
