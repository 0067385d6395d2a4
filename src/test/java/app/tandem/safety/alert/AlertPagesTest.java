package app.tandem.safety.alert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
@Import(AlertFixture.class)
class AlertPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AlertFixture alerts;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    PracticeId practice;
    CurrentUser therapist;
    CurrentUser colleague;
    CurrentUser client;

    @BeforeEach
    void setUp() {
        practice = data.aPractice();
        therapist = data.aTherapist(practice);
        colleague = data.aTherapist(practice);
        client = data.aClientOf(therapist);
    }

    @Test
    void theInboxListsTheMostUrgentAlertFirstWithItsLevelInWords() throws Exception {
        CurrentUser other = data.aPerson(
                practice, java.util.EnumSet.of(app.tandem.shared.Role.CLIENT), therapist.id(), "Robin Second");
        UUID low = alerts.signal(client, RiskLevel.LOW).alertId();
        UUID high = alerts.signal(other, RiskLevel.HIGH).alertId();

        String page = mvc.perform(get("/therapist/alerts").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/therapist/clients/" + client.id())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page.indexOf(high.toString()))
                .isLessThan(page.indexOf(low.toString()));
        org.assertj.core.api.Assertions.assertThat(page).contains(">High<").contains(">Low<");
    }

    @Test
    void theAlertPageShowsTheWordsTheReasonsAndWhoWasToldByEmailAndHowThatWent() throws Exception {
        UUID id = alerts.writes(client, AlertFixture.HIGH_TEXT, false).alertId();
        // SMTP down until the retries ran out: the page must say so, not hide it.
        jdbc.sql("UPDATE outbound_email SET status = 'FAILED', attempts = 8, last_error = 'MailSendException' "
                        + "WHERE reference = ?")
                .params(id.toString())
                .update();

        mvc.perform(get("/therapist/alerts/" + id).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pick the day")))
                .andExpect(content().string(containsString("alert-reasons")))
                .andExpect(content().string(containsString(therapist.displayName())))
                .andExpect(content().string(containsString("email FAILED after 8 attempts (MailSendException)")))
                .andExpect(content().string(containsString("id=\"ack-form\"")));
    }

    @Test
    void aPendingEmailIsShownAsPending() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.MODERATE).alertId();
        jdbc.sql("UPDATE outbound_email SET status = 'PENDING', attempts = 2, last_error = 'MailConnectException', "
                        + "next_attempt_at = CURRENT_TIMESTAMP + INTERVAL '1' HOUR WHERE reference = ?")
                .params(id.toString())
                .update();

        mvc.perform(get("/therapist/alerts/" + id).with(SignedIn.as(therapist)))
                .andExpect(content().string(containsString("email pending (attempts so far: 2)")));
    }

    @Test
    void aColleagueWhoDoesNotCoverTheClientCannotSeeTheAlert() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();

        mvc.perform(get("/therapist/alerts/" + id).with(SignedIn.as(colleague))).andExpect(status().isForbidden());
        mvc.perform(get("/therapist/alerts").with(SignedIn.as(colleague)))
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get("/therapist/alerts/" + UUID.randomUUID()).with(SignedIn.as(therapist)))
                .andExpect(status().isNotFound());
    }

    @Test
    void acknowledgingNeedsAnOutcomeAndAReasonWhenJudgedNotARisk() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();

        mvc.perform(post("/therapist/alerts/" + id + "/acknowledgements")
                        .with(csrf())
                        .with(SignedIn.as(therapist)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose what you did")));
        mvc.perform(post("/therapist/alerts/" + id + "/acknowledgements")
                        .with(csrf())
                        .with(SignedIn.as(therapist))
                        .param("outcome", "JUDGED_NOT_A_RISK"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why you judged this not to be a risk")));
    }

    @Test
    void aSecondAcknowledgementSaysWhoAcknowledgedAndChangesNothing() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();

        mvc.perform(post("/therapist/alerts/" + id + "/acknowledgements")
                        .with(csrf())
                        .with(SignedIn.as(therapist))
                        .param("outcome", "JUDGED_NOT_A_RISK")
                        .param("reason", "Quoting a film line, checked in session"))
                .andExpect(redirectedUrl("/therapist/alerts/" + id))
                .andExpect(flash().attribute("flash", containsString("acknowledged")));
        mvc.perform(post("/therapist/alerts/" + id + "/acknowledgements")
                        .with(csrf())
                        .with(SignedIn.as(therapist))
                        .param("outcome", "CONTACTED_CLIENT"))
                .andExpect(flash().attribute(
                                "flash", containsString("already acknowledged by " + therapist.displayName())));
        mvc.perform(get("/therapist/alerts/" + id).with(SignedIn.as(therapist)))
                .andExpect(content().string(containsString("Judged not a risk")))
                .andExpect(content().string(containsString("Quoting a film line")))
                .andExpect(content().string(not(containsString("id=\"ack-form\""))));
        app.tandem.crypto.RawRows.assertNoPlaintext(jdbc, "safety_alert", "Quoting a film line");
    }

    @Test
    void theClientPageShowsTheClientsAlertsOnTop() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.MODERATE).alertId();

        mvc.perform(get("/therapist/clients/" + client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("client-alerts")))
                .andExpect(content().string(containsString("/therapist/alerts/" + id)));
    }

    @Test
    void theApiListsOpenAlertsWithTheirExcerpt() throws Exception {
        UUID id = alerts.writes(client, AlertFixture.HIGH_TEXT, false).alertId();

        mvc.perform(get("/api/v1/alerts").with(SignedIn.as(therapist)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].clientId").value(client.id().toString()))
                .andExpect(jsonPath("$[0].level").value("HIGH"))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].excerpt").value(containsString("pick the day")))
                .andExpect(jsonPath("$[0].deadline").exists());
    }

    @Test
    void theApiAcknowledgesOnceAndNamesTheFieldThatIsWrong() throws Exception {
        UUID id = alerts.signal(client, RiskLevel.HIGH).alertId();
        String url = "/api/v1/alerts/" + id + "/acknowledgements";

        mvc.perform(post(url)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"JUDGED_NOT_A_RISK\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(url)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"HUGGED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post(url)
                        .with(SignedIn.as(colleague))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"CONTACTED_CLIENT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alerts/" + UUID.randomUUID() + "/acknowledgements")
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"CONTACTED_CLIENT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"CONTACTED_CLIENT\",\"note\":\"Called; safe with partner tonight\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("CONTACTED_CLIENT"))
                .andExpect(jsonPath("$.alreadyAcknowledged").value(false));
        mvc.perform(post(url)
                        .with(SignedIn.as(therapist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"EMERGENCY_SERVICES_INVOLVED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyAcknowledged").value(true))
                .andExpect(jsonPath("$.outcome").value("CONTACTED_CLIENT"));
    }

    @Test
    void clientsCannotUseTheAlertsApi() throws Exception {
        mvc.perform(get("/api/v1/alerts").with(SignedIn.as(client))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminSetsTheDeadlinesAndSeesOpenAlertsWithoutTheWords() throws Exception {
        CurrentUser admin = data.anAdmin(practice);
        alerts.writes(client, AlertFixture.HIGH_TEXT, false);

        mvc.perform(post("/admin/safety")
                        .with(csrf())
                        .with(SignedIn.as(admin))
                        .param("highMinutes", "10")
                        .param("moderateMinutes", "120")
                        .param("lowTime", "11:00"))
                .andExpect(redirectedUrl("/admin/safety"));
        mvc.perform(get("/admin/safety").with(SignedIn.as(admin)))
                .andExpect(content().string(containsString("value=\"10\"")))
                .andExpect(content().string(containsString(client.displayName())))
                .andExpect(content().string(not(containsString("pick the day"))));
        mvc.perform(post("/admin/safety")
                        .with(csrf())
                        .with(SignedIn.as(admin))
                        .param("highMinutes", "0")
                        .param("moderateMinutes", "120")
                        .param("lowTime", "noon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At least 1 minute.")));
    }
}
