package app.tandem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each input that once answered 500 now gets a clear 4xx (or a success), and nothing half-saved. */
@TandemIntegrationTest
class BadInputTest {

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
    void emotionsOrTagsWithNullOrAHundredEntriesAreFieldErrors() throws Exception {
        mvc.perform(checkIn("{\"mood\":5,\"emotions\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("emotions"));
        String hundred = String.join(",", Collections.nCopies(100, "\"outside\""));
        mvc.perform(checkIn("{\"mood\":5,\"tags\":[" + hundred + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
        assertThat(checkInRows()).isZero();
    }

    @Test
    void aDateBeyondAnyCalendarIsAFieldError() throws Exception {
        mvc.perform(get("/api/v1/checkins").with(team.asClient()).param("to", "+999999999-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/checkins")
                        .with(team.asClient())
                        .param("from", "-999999999-01-01")
                        .param("to", "2026-01-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCheckInIdempotencyKeyReusedWithAnotherBodyIsRefusedNamingTheKey() throws Exception {
        mvc.perform(checkIn("{\"mood\":4}").header("Idempotency-Key", "morning-1"))
                .andExpect(status().isCreated());
        mvc.perform(checkIn("{\"mood\":4}").header("Idempotency-Key", "morning-1"))
                .andExpect(status().isOk());
        mvc.perform(checkIn("{\"mood\":9,\"note\":\"different\"}").header("Idempotency-Key", "morning-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.idempotencyKey").value("morning-1"))
                .andExpect(jsonPath("$.detail").value(containsString("morning-1")));
        assertThat(checkInRows()).isEqualTo(1);
    }

    @Test
    void aQuestionnaireIdempotencyKeyReusedWithOtherAnswersIsRefusedNamingTheKey() throws Exception {
        mvc.perform(measure("{\"answers\":[1,1,1,1,1,1,1]}").header("Idempotency-Key", "gad-1"))
                .andExpect(status().isCreated());
        mvc.perform(measure("{\"answers\":[3,3,3,3,3,3,3]}").header("Idempotency-Key", "gad-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.idempotencyKey").value("gad-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_response WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTamperedQuestionnaireFormTokenIsNoServerError() throws Exception {
        for (String token : new String[] {"nul\u0000byte", "x".repeat(150)}) {
            int status = mvc.perform(post("/client/measures/gad7")
                            .with(team.asClient())
                            .with(csrf())
                            .param("item1", "1")
                            .param("token", token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(token).isLessThan(500);
        }
    }

    @Test
    void anExtremeRotaDateIsRefusedWithAMessage() throws Exception {
        CurrentUser admin = data.anAdmin(team.therapist().practiceId());
        mvc.perform(post("/admin/practice/rota")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("therapist", team.therapist().id().toString())
                        .param("startsAt", "2026-01-01T09:00")
                        .param("endsAt", "+999999999-12-31T23:59"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("between the years 2000 and 2100")));
        mvc.perform(post("/admin/practice/rota")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("therapist", team.therapist().id().toString())
                        .param("startsAt", "2026-01-01T09:00")
                        .param("endsAt", "9999-12-31T23:59"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("between the years 2000 and 2100")));
    }

    private MockHttpServletRequestBuilder checkIn(String json) {
        return post("/api/v1/checkins")
                .with(team.asClient())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private MockHttpServletRequestBuilder measure(String json) {
        return post("/api/v1/measures/gad7/responses")
                .with(team.asClient())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private int checkInRows() {
        return jdbc.sql("SELECT COUNT(*) FROM checkin WHERE client_id = ?")
                .param(team.client().id().value())
                .query(Integer.class)
                .single();
    }
}
