package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@TandemIntegrationTest
class MeasureApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    ResultActions submit(CurrentUser who, String code, String body) throws Exception {
        return mvc.perform(post("/api/v1/measures/" + code + "/responses")
                .with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .accept(MediaType.APPLICATION_JSON));
    }

    @Test
    void phq9SubmissionAnswersCreatedWithTotalAndBand() throws Exception {
        submit(client, "phq9", "{\"answers\":[1,1,1,1,1,1,1,1,0]}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/measures/phq9/responses/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.instrument").value("phq9"))
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.band").value("mild"))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.safety").doesNotExist());
    }

    @Test
    void who5SubmissionAddsThePercentage() throws Exception {
        submit(client, "who5", "{\"answers\":[3,3,3,2,2]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.percentage").value(52))
                .andExpect(jsonPath("$.band").value("adequate"));
    }

    @Test
    void asrsAnswersCountAndScreenInsteadOfABand() throws Exception {
        mvc.perform(post("/admin/instruments")
                .with(SignedIn.as(data.anAdmin(client.practiceId())))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("enabled", "phq9", "gad7", "who5", "pcl5", "asrs6")
                .param("licence", "asrs6"));
        submit(client, "asrs6", "{\"answers\":[2,2,2,3,0,0]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.count").value(4))
                .andExpect(jsonPath("$.screenPositive").value(true))
                .andExpect(jsonPath("$.band").doesNotExist())
                .andExpect(jsonPath("$.total").doesNotExist());
    }

    @Test
    void asrsIsNotOfferedUntilAnAdminConfirmsTheLicence() throws Exception {
        submit(client, "asrs6", "{\"answers\":[2,2,2,3,0,0]}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/instruments").with(SignedIn.as(client)))
                .andExpect(jsonPath("$[*].code", not(hasItem("asrs6"))))
                .andExpect(jsonPath("$[?(@.code=='phq9')].items[8].loinc").value(hasItem("44260-8")))
                .andExpect(jsonPath("$[?(@.code=='phq9')].items[0].options[1].loinc")
                        .value(hasItem("LA6569-3")));
    }

    @Test
    void anOutOfRangeAnswerIsA400NamingTheField() throws Exception {
        submit(client, "phq9", "{\"answers\":[0,0,0,0,0,0,0,0,4]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[8]"))
                .andExpect(jsonPath("$.detail", containsString("answers[8]")));
    }

    @Test
    void aWrongLengthIsA400NamingAnswers() throws Exception {
        submit(client, "gad7", "{\"answers\":[0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
    }

    @Test
    void aBodyThatIsNotAListOfNumbersIsA400NamingAnswers() throws Exception {
        submit(client, "phq9", "{\"answers\":\"all fine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
        submit(client, "phq9", "{\"answers\":[0,0,0,0,0,0,0,0,null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[8]"));
    }

    @Test
    void anUnknownInstrumentIsA404Problem() throws Exception {
        submit(client, "beck", "{\"answers\":[0]}")
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void onlyClientsSubmit() throws Exception {
        submit(therapist, "phq9", "{\"answers\":[0,0,0,0,0,0,0,0,0]}").andExpect(status().isForbidden());
    }

    @Test
    void theSameIdempotencyKeySavesOnce() throws Exception {
        String first = mvc.perform(post("/api/v1/measures/gad7/responses")
                        .with(SignedIn.as(client))
                        .header("Idempotency-Key", "tap-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[1,1,1,1,1,1,1]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post("/api/v1/measures/gad7/responses")
                        .with(SignedIn.as(client))
                        .header("Idempotency-Key", "tap-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[1,1,1,1,1,1,1]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains(first.substring(first.indexOf("\"id\""), first.indexOf("\"id\"") + 45));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_response WHERE client_id = ?")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void itemNineRaisesASignalAndTheResponseSaysSo() throws Exception {
        submit(client, "phq9", "{\"answers\":[2,2,2,2,2,2,2,2,2]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.safety.level").value("MODERATE"))
                .andExpect(jsonPath("$.safety.alertId").isNotEmpty());
        assertThat(Signals.of(jdbc, client.id())).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo("MODERATE");
            assertThat(s.kind()).isEqualTo("measure-item");
            assertThat(s.label()).isEqualTo("PHQ-9 item 9");
        });
    }

    @Test
    void listsTheCallersResultsWithChange() throws Exception {
        submit(client, "phq9", "{\"answers\":[2,2,2,2,2,2,2,2,0]}").andExpect(status().isCreated());
        submit(client, "phq9", "{\"answers\":[1,1,1,1,1,1,0,0,0]}").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/measures/phq9/responses").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses.length()").value(2))
                .andExpect(jsonPath("$.change.fromBaseline.difference").value(-10))
                .andExpect(jsonPath("$.change.fromBaseline.reliable").value(true))
                .andExpect(jsonPath("$.change.fromBaseline.direction").value("IMPROVED"));
        mvc.perform(get("/api/v1/measures/phq9/responses").with(SignedIn.as(therapist)))
                .andExpect(status().isForbidden());
    }
}
