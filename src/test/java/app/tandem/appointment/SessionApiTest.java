package app.tandem.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The sessions and agenda API: series, status rules as 409, problems for bad input, idempotent agenda adds. */
@TandemIntegrationTest
class SessionApiTest {

    static final ZoneId PRACTICE = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void aTherapistSchedulesASeriesListsItAndAnOutcomeBeforeTheStartIsAConflict() throws Exception {
        String body = create(LocalDate.now(PRACTICE).plusDays(1), 4)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].localStart")
                        .value(LocalDate.now(PRACTICE).plusDays(1) + "T16:00:00"))
                .andExpect(jsonPath("$[0].zone").value("America/New_York"))
                .andExpect(jsonPath("$[0].status").value("SCHEDULED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String first = JsonPath.read(body, "$[0].id");

        mvc.perform(get("/api/v1/sessions")
                        .param("clientId", client.id().toString())
                        .with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4));
        mvc.perform(get("/api/v1/sessions").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4));
        mvc.perform(post("/api/v1/sessions/{id}/status", first)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ATTENDED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.status").exists());
        mvc.perform(post("/api/v1/sessions/{id}/status", first)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void badInputIsAProblemNotAServerError() throws Exception {
        mvc.perform(post("/api/v1/sessions")
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + client.id() + "\",\"date\":\"2026-13-45\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/sessions")
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + client.id() + "\",\"date\":\"" + LocalDate.now(PRACTICE)
                                + "\",\"time\":\"10:00\",\"minutes\":5,\"modality\":\"VIDEO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.minutes").exists());
        mvc.perform(get("/api/v1/sessions").with(SignedIn.as(therapist)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
    }

    @Test
    void othersCannotSeeOrWriteTheClientsSessions() throws Exception {
        create(LocalDate.now(PRACTICE).plusDays(1), 1).andExpect(status().isCreated());
        CurrentUser colleague = data.aTherapist(therapist.practiceId());
        CurrentUser otherClient = data.aClientOf(therapist);

        mvc.perform(get("/api/v1/sessions")
                        .param("clientId", client.id().toString())
                        .with(SignedIn.as(colleague)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sessions")
                        .param("clientId", client.id().toString())
                        .with(SignedIn.as(otherClient)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sessions").with(SignedIn.as(otherClient)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theClientKeepsTheAgendaAndAnIdempotencyKeyAddsOnce() throws Exception {
        create(LocalDate.now(PRACTICE).plusDays(2), 1).andExpect(status().isCreated());
        String added = add("k-1", "Work stress")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        add("k-1", "Work stress").andExpect(status().isOk());
        add("k-1", "Something else").andExpect(status().isUnprocessableContent());
        add("k-2", "Sleep").andExpect(status().isCreated());
        add("k-3", "x".repeat(501)).andExpect(status().isBadRequest());
        add("k-4", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").exists());
        String sleep = JsonPath.read(
                mvc.perform(get("/api/v1/me/agenda").with(SignedIn.as(client)))
                        .andExpect(jsonPath("$.open").value(true))
                        .andExpect(jsonPath("$.items.length()").value(2))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[1].id");

        mvc.perform(post("/api/v1/me/agenda/{id}/move", sleep)
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"direction\":\"UP\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].text").value("Sleep"));
        String work = JsonPath.read(added, "$.id");
        mvc.perform(delete("/api/v1/me/agenda/{id}", work).with(SignedIn.as(data.aClientOf(therapist))))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/agenda/{id}", work).with(SignedIn.as(client)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me/agenda").with(SignedIn.as(client)))
                .andExpect(jsonPath("$.items.length()").value(1));
        assertThat(work).isNotBlank();
    }

    private ResultActions create(LocalDate date, int weeks) throws Exception {
        return mvc.perform(post("/api/v1/sessions")
                .with(SignedIn.as(therapist))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"clientId\":\"%s\",\"date\":\"%s\",\"time\":\"16:00\",\"minutes\":50,\"modality\":\"VIDEO\",\"weeks\":%d}"
                                .formatted(client.id(), date, weeks)));
    }

    private ResultActions add(String key, String text) throws Exception {
        return mvc.perform(post("/api/v1/me/agenda")
                .with(SignedIn.as(client))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}"));
    }
}
