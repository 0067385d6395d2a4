package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemIntegrationTest
class CheckInApiTest {

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
    void createsACheckInAndAnswers201WithEveryField() throws Exception {
        mvc.perform(create(team.client(), """
                {"mood":7,"anxiety":2,"sleepHours":8,"sleepQuality":4,"energy":6,"emotions":["calm","hopeful"],
                 "tags":["outside"],"note":"Walked by the river"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.mood").value(7))
                .andExpect(jsonPath("$.sleepHours").value(8.0))
                .andExpect(jsonPath("$.emotions", containsInAnyOrder("calm", "hopeful")))
                .andExpect(jsonPath("$.note").value("Walked by the river"))
                .andExpect(jsonPath("$.localDate")
                        .value(LocalDate.now(ZoneId.of("America/New_York")).toString()))
                .andExpect(jsonPath("$.safety").doesNotExist());
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameAnswerAndNeverASecondRow() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(create(team.client(), "{\"mood\":4}").header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(create(team.client(), "{\"mood\":4}").header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(rows(team.client())).isEqualTo(1);
    }

    @Test
    void aRepeatedRiskyRequestGetsTheSameAnswerIncludingTheCrisisResources() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"mood\":1,\"note\":\"i can't take it anymore\"}";
        String first = mvc.perform(create(team.client(), body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(create(team.client(), body).header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).isEqualTo(first).contains("\"level\":\"LOW\"", "crisisResources");
    }

    @Test
    void idempotencyKeysAreScopedToTheUser() throws Exception {
        String key = UUID.randomUUID().toString();
        CurrentUser other = data.aClientOf(team.therapist());
        mvc.perform(create(team.client(), "{\"mood\":4}").header("Idempotency-Key", key))
                .andExpect(status().isCreated());
        mvc.perform(create(other, "{\"mood\":4}").header("Idempotency-Key", key))
                .andExpect(status().isCreated());
        assertThat(rows(team.client())).isEqualTo(1);
        assertThat(rows(other)).isEqualTo(1);
    }

    @Test
    void aRiskyNoteAddsSafetyWithCrisisResources() throws Exception {
        mvc.perform(create(team.client(), "{\"mood\":1,\"note\":\"i just want the pain to end\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.safety.level").value("LOW"))
                .andExpect(jsonPath("$.safety.crisisResources[0].label").isNotEmpty());
    }

    @Test
    void invalidBodiesAre400ProblemsNamingEachField() throws Exception {
        mvc.perform(create(team.client(), """
                {"mood":11,"emotions":["gloomy"],"note":"%s","recordedAt":"%s"}""".formatted(
                                "x".repeat(2001), Instant.now().plusSeconds(3600))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("mood", "emotions", "note", "recordedAt")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field=='recordedAt')].message",
                        hasItem("That time is in the future. Choose a time up to now.")));
        assertThat(rows(team.client())).isZero();
    }

    @Test
    void malformedJsonAndWrongTypesAre400s() throws Exception {
        mvc.perform(create(team.client(), "{\"mood\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(create(team.client(), "{\"mood\":\"happy\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mood"));
        mvc.perform(create(team.client(), "{\"mood\":5,\"recordedAt\":\"last tuesday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordedAt"));
        mvc.perform(create(team.client(), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mood"));
    }

    @Test
    void onlyClientsMayCreate() throws Exception {
        mvc.perform(create(team.therapist(), "{\"mood\":5}")).andExpect(status().isForbidden());
    }

    @Test
    void listsTheCallersOwnCheckInsBetweenDates() throws Exception {
        mvc.perform(create(team.client(), "{\"mood\":3}")).andExpect(status().isCreated());
        mvc.perform(create(data.aClientOf(team.therapist()), "{\"mood\":9}")).andExpect(status().isCreated());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        mvc.perform(get("/api/v1/checkins")
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIns", hasSize(1)))
                .andExpect(jsonPath("$.checkIns[0].mood").value(3));
        mvc.perform(get("/api/v1/checkins").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today.minusDays(29).toString()));
    }

    @Test
    void listRangeIsCheckedAt400Days() throws Exception {
        mvc.perform(get("/api/v1/checkins")
                        .param("from", "2024-01-01")
                        .param("to", "2026-01-01")
                        .with(team.asClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/checkins").param("from", "soon").with(team.asClient()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void writesAndReadsAreAudited() throws Exception {
        mvc.perform(create(team.client(), "{\"mood\":3}")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/checkins").with(team.asClient())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE client_id = ? AND what = 'checkins'")
                        .param(team.client().id().value())
                        .query(String.class)
                        .list())
                .contains("WRITE", "READ");
    }

    private MockHttpServletRequestBuilder create(CurrentUser user, String json) {
        return post("/api/v1/checkins")
                .with(SignedIn.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .accept(MediaType.APPLICATION_JSON);
    }

    private long rows(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin WHERE client_id = ?")
                .param(user.id().value())
                .query(Long.class)
                .single();
    }
}
