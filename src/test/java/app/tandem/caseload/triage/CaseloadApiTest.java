package app.tandem.caseload.triage;

import static app.tandem.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
@Import(CaseloadFixture.class)
class CaseloadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CaseloadFixture fixture;

    @Autowired
    JdbcClient jdbc;

    PracticeId practice;
    CurrentUser therapist;
    CurrentUser alerted;
    CurrentUser worse;
    CurrentUser quiet;
    CurrentUser colleaguesClient;

    @BeforeEach
    void caseload() {
        practice = data.aPractice();
        therapist = data.aTherapist(practice);
        quiet = client(therapist, "Aaron Quiet");
        worse = client(therapist, "Bea Worse");
        alerted = client(therapist, "Zed Alerted");
        fixture.anAlert(alerted, RiskLevel.HIGH);
        fixture.weeklyScores(worse, "phq9", Instant.now().minus(Duration.ofDays(1)), 9, 12, 17);
        CurrentUser colleague = data.aTherapist(practice);
        colleaguesClient = client(colleague, "Cory Colleagues");
        fixture.anAlert(colleaguesClient, RiskLevel.HIGH);
    }

    @Test
    void listsTheTherapistsClientsMostInNeedFirstWithEveryReason() throws Exception {
        mvc.perform(get("/api/v1/caseload").with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].clientId").value(alerted.id().value().toString()))
                .andExpect(jsonPath("$[0].name").value("Zed Alerted"))
                .andExpect(jsonPath("$[0].score").value(150))
                .andExpect(jsonPath("$[0].reasons[0].kind").value("OPEN_ALERT"))
                .andExpect(jsonPath("$[0].reasons[0].points").value(150))
                .andExpect(jsonPath("$[0].reasons[0].text").value(containsString("High risk alert open")))
                .andExpect(jsonPath("$[0].reasons[0].link").value(containsString("/therapist/alerts/")))
                .andExpect(jsonPath("$[0].reasons[0].observedAt").isNotEmpty())
                .andExpect(jsonPath("$[1].name").value("Bea Worse"))
                .andExpect(jsonPath("$[1].reasons[0].kind").value("RELIABLE_DETERIORATION"))
                .andExpect(jsonPath("$[2].name").value("Aaron Quiet"))
                .andExpect(jsonPath("$[2].score").value(0))
                .andExpect(jsonPath("$[2].reasons.length()").value(0))
                .andExpect(content().string(not(containsString("Cory Colleagues"))));
    }

    @Test
    void filtersAndSearchesByName() throws Exception {
        mvc.perform(get("/api/v1/caseload?filter=attention").with(as(therapist)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(content().string(not(containsString("Aaron Quiet"))));
        mvc.perform(get("/api/v1/caseload?q=bea").with(as(therapist)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Bea Worse"));
        mvc.perform(get("/api/v1/caseload?filter=today").with(as(therapist)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/caseload'].get").exists())
                .andExpect(content().string(containsString("CaseloadEntry")))
                .andExpect(content().string(containsString("observedAt")));
    }

    @Test
    void clientsAndAdminsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/caseload").with(as(alerted)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/caseload").with(as(data.anAdmin(practice)))).andExpect(status().isForbidden());
    }

    @Test
    void eachViewIsAuditedOnceForEveryClientShown() throws Exception {
        mvc.perform(get("/api/v1/caseload?q=a").with(as(therapist))).andExpect(status().isOk());

        long reads = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND what = 'caseload'"
                        + " AND action = 'READ'")
                .param(therapist.id().value())
                .query(Long.class)
                .single();
        long ofColleaguesClient = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'caseload'")
                .param(colleaguesClient.id().value())
                .query(Long.class)
                .single();
        assertThat(reads).isEqualTo(3);
        assertThat(ofColleaguesClient).isZero();
    }

    @Test
    void theTherapistsHomeIsTheCaseloadPage() throws Exception {
        mvc.perform(get("/").with(as(therapist))).andExpect(redirectedUrl("/therapist/caseload"));

        String page = mvc.perform(get("/therapist/caseload").with(as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page.indexOf("Zed Alerted")).isLessThan(page.indexOf("Bea Worse"));
        assertThat(page.indexOf("Bea Worse")).isLessThan(page.indexOf("Aaron Quiet"));
        assertThat(page).contains("PHQ-9 reliably worse since the first score (9 \u2192 17)");
        assertThat(page).contains("Invite a client").doesNotContain("Cory Colleagues");
        assertThat(page).contains("<details");
    }

    @Test
    void thePageFiltersWithoutScript() throws Exception {
        mvc.perform(get("/therapist/caseload?filter=attention&q=zed").with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zed Alerted")))
                .andExpect(content().string(not(containsString("Bea Worse"))));
        mvc.perform(get("/therapist/caseload?filter=nonsense&q=" + "x".repeat(500))
                        .with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No client matches")));
    }

    private CurrentUser client(CurrentUser of, String name) {
        return data.aPerson(of.practiceId(), EnumSet.of(Role.CLIENT), of.id(), name);
    }
}
