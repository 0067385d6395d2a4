package app.tandem.safety.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.safety.crisis.RaisedSignals;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
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

@TandemIntegrationTest
class FollowUpPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;
    UUID alert = UUID.randomUUID();

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void theQuestionsPageCarriesTheAlertAndCanBeSkipped() throws Exception {
        mvc.perform(get("/client/safety/check").param("alert", alert.toString()).with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("thoughts of killing yourself"),
                                containsString("value=\"" + alert + "\""),
                                containsString("Not now"))));
    }

    @Test
    void aPlanRaisesTheSignalToHighAndShowsTheCrisisScreen() throws Exception {
        mvc.perform(answers().param("thoughts", "true").param("plan", "true").param("intent", "false"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"alert\""),
                                containsString("If you are in danger right now, call 911"))));

        assertThat(RaisedSignals.of(jdbc, client.id())).singleElement().satisfies(signal -> {
            assertThat(signal.level()).isEqualTo(RiskLevel.HIGH.name());
            assertThat(signal.kind()).isEqualTo("follow-up");
            assertThat(signal.reference()).isEqualTo(alert.toString());
        });
    }

    @Test
    void answersOfNoNeverLowerAnOpenAlert() throws Exception {
        mvc.perform(answers().param("thoughts", "true")).andExpect(status().isOk());
        assertThat(RaisedSignals.openAlertLevel(jdbc, client.id())).isEqualTo("MODERATE");

        mvc.perform(answers()
                        .param("wishDead", "false")
                        .param("thoughts", "false")
                        .param("method", "false")
                        .param("intent", "false")
                        .param("plan", "false")
                        .param("behaviour", "false"))
                .andExpect(redirectedUrl("/"));

        assertThat(RaisedSignals.of(jdbc, client.id())).hasSize(1);
        assertThat(RaisedSignals.openAlertLevel(jdbc, client.id())).isEqualTo("MODERATE");
        assertThat(storedLevels()).containsExactlyInAnyOrder("MODERATE", "NONE");
    }

    @Test
    void skippingEverythingSavesNothing() throws Exception {
        mvc.perform(answers()).andExpect(redirectedUrl("/"));

        assertThat(storedLevels()).isEmpty();
        assertThat(RaisedSignals.of(jdbc, client.id())).isEmpty();
    }

    @Test
    void aDoubleSubmitSavesAndRaisesOnce() throws Exception {
        UUID token = UUID.randomUUID();
        mvc.perform(answers(token).param("wishDead", "true"));
        mvc.perform(answers(token).param("wishDead", "true"));

        assertThat(storedLevels()).containsExactly("LOW");
        assertThat(RaisedSignals.of(jdbc, client.id())).hasSize(1);
    }

    @Test
    void theTherapistSeesTheAnswersOnTheClientPage() throws Exception {
        mvc.perform(answers().param("method", "true").param("behaviour", "true").param("behaviourWhen", "LONGER_AGO"));

        mvc.perform(get("/therapist/clients/" + client.id()).with(SignedIn.as(therapist)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Follow-up answers"),
                                containsString("Moderate"),
                                containsString("thinking about how"))));
    }

    private java.util.List<String> storedLevels() {
        return jdbc.sql("SELECT level FROM safety_follow_up WHERE client_id = ?")
                .param(client.id().value())
                .query(String.class)
                .list();
    }

    private MockHttpServletRequestBuilder answers() {
        return answers(UUID.randomUUID());
    }

    private MockHttpServletRequestBuilder answers(UUID token) {
        return post("/client/safety/check")
                .with(csrf())
                .with(SignedIn.as(client))
                .param("alert", alert.toString())
                .param("submitToken", token.toString());
    }
}
