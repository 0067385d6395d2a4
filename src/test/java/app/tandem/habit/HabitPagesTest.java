package app.tandem.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Habits through the pages, without JavaScript: create, Today, done once per tap, skip screened, homework. */
@TandemIntegrationTest
class HabitPagesTest {

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
    void aClientAddsADailyWalkSeesItOnTodayAndADoubleTapSavesOnce() throws Exception {
        UUID walk = createWalk();
        assertThat(jdbc.sql("SELECT title FROM habit WHERE id = ?")
                        .param(walk)
                        .query(String.class)
                        .single())
                .as("the title is encrypted at rest")
                .isNotEqualTo("Evening walk");
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evening walk")));

        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(done(walk, token)).andExpect(status().is3xxRedirection());
        }
        assertThat(count("SELECT COUNT(*) FROM habit_completion WHERE habit_id = ?", walk))
                .isOne();
        mvc.perform(get("/client/habits").with(team.asClient()))
                .andExpect(content().string(containsString("Done today")))
                .andExpect(content().string(containsString("Done on 1 of the last 1 planned days")));
    }

    @Test
    void aSkipReasonIsScreenedAndEncrypted() throws Exception {
        UUID walk = createWalk();
        mvc.perform(post("/client/habits/{id}/completions", walk)
                        .with(team.asClient())
                        .with(csrf())
                        .param("submitToken", UUID.randomUUID().toString())
                        .param("outcome", "SKIPPED")
                        .param("note", "I want to kill myself"))
                .andExpect(status().isOk()); // the crisis card is shown at once, not after a redirect
        assertThat(jdbc.sql("SELECT safety_level FROM habit_completion WHERE habit_id = ?")
                        .param(walk)
                        .query(String.class)
                        .single())
                .isNotEqualTo("NONE");
        assertThat(jdbc.sql("SELECT note FROM habit_completion WHERE habit_id = ?")
                        .param(walk)
                        .query(String.class)
                        .single())
                .doesNotContain("kill");
    }

    @Test
    void aPausedHabitIsNotDueAndAnotherClientCannotTouchIt() throws Exception {
        UUID walk = createWalk();
        mvc.perform(post("/client/habits/{id}/pause", walk)
                        .with(team.asClient())
                        .with(csrf()))
                .andExpect(redirectedUrl("/client/habits"));
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(content().string(containsString("Nothing is due today.")));
        CurrentUser other = data.aClientOf(team.therapist());
        mvc.perform(post("/client/habits/{id}/resume", walk)
                        .with(SignedIn.as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTherapistAssignsHomeworkTheClientMarksItDoneAndTheTherapistSeesIt() throws Exception {
        mvc.perform(post("/therapist/clients/{id}/homework", team.client().id().value())
                        .with(team.asTherapist())
                        .with(csrf())
                        .param("type", "READING")
                        .param("title", "Read the sleep leaflet")
                        .param("dueOn", java.time.LocalDate.now().plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        UUID homework = jdbc.sql("SELECT id FROM habit WHERE client_id = ? AND kind = 'HOMEWORK'")
                .param(team.client().id().value())
                .query(UUID.class)
                .single();
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(content().string(containsString("Read the sleep leaflet")));
        mvc.perform(done(homework, UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/therapist/clients/{id}", team.client().id().value()).with(team.asTherapist()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read the sleep leaflet")))
                .andExpect(content().string(containsString("<strong>Done</strong>")));
        CurrentUser otherTherapist = data.aTherapist(data.aPractice());
        mvc.perform(post("/therapist/clients/{id}/homework", team.client().id().value())
                        .with(SignedIn.as(otherTherapist))
                        .with(csrf())
                        .param("type", "READING")
                        .param("title", "x")
                        .param("dueOn", "2030-01-01"))
                .andExpect(status().isForbidden());
    }

    private UUID createWalk() throws Exception {
        mvc.perform(post("/client/habits")
                        .with(team.asClient())
                        .with(csrf())
                        .param("title", "Evening walk")
                        .param("cadence", "DAILY")
                        .param("times", "08:00"))
                .andExpect(redirectedUrl("/client/habits"));
        return jdbc.sql("SELECT id FROM habit WHERE client_id = ?")
                .param(team.client().id().value())
                .query(UUID.class)
                .single();
    }

    private MockHttpServletRequestBuilder done(UUID habit, String token) {
        return post("/client/habits/{id}/completions", habit)
                .with(team.asClient())
                .with(csrf())
                .param("submitToken", token)
                .param("outcome", "DONE");
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }
}
