package app.tandem.caseload.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.SessionCalendar;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The brief API and page: the client's therapist only, the period since the last session, content, one audit entry. */
@TandemIntegrationTest
@Import(BriefApiTest.Sessions.class)
class BriefApiTest {

    /** A session calendar the tests fill in (the appointment module's own, where present, is not primary). */
    @TestConfiguration
    static class Sessions {

        static final Map<UserId, Instant> LAST = new ConcurrentHashMap<>();
        static final Map<UserId, Instant> NEXT = new ConcurrentHashMap<>();

        @Bean
        @Primary
        SessionCalendar testSessions() {
            return new SessionCalendar() {
                @Override
                public Optional<Instant> lastSessionBefore(UserId client, Instant now) {
                    return Optional.ofNullable(LAST.get(client));
                }

                @Override
                public Optional<Instant> nextSessionFrom(UserId client, Instant now) {
                    return Optional.ofNullable(NEXT.get(client));
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aClientWithCheckIns() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        checkIns.recordHistorical(
                client.id(),
                List.of(
                        checkIn(now.minus(Duration.ofDays(20)), 2),
                        checkIn(now.minus(Duration.ofDays(6)), 5),
                        checkIn(now.minus(Duration.ofDays(2)), 7)));
    }

    @Test
    void withoutAKnownSessionTheBriefCoversTheLastFourteenDaysAndSaysSo() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}/brief", client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clientId").value(client.id().toString()))
                .andExpect(jsonPath("$.name").value("Casey Client"))
                .andExpect(jsonPath("$.sinceLastSession").value(false))
                .andExpect(jsonPath("$.nextSession").doesNotExist())
                .andExpect(jsonPath("$.sections[0].heading").value("Risk alerts"))
                .andExpect(jsonPath("$.sections[*].heading", hasItem("Mood, anxiety and sleep")))
                .andExpect(jsonPath("$.sections[?(@.heading == 'Mood, anxiety and sleep')].lines[0].text")
                        .value(hasItem("2 check-ins on 2 days.")))
                .andExpect(jsonPath("$.sections[?(@.heading == 'Mood, anxiety and sleep')].charts[0].points.length()")
                        .value(hasItem(2)));
    }

    @Test
    void theBriefStartsAtTheLastSessionAndNamesTheNextOne() throws Exception {
        Sessions.LAST.put(client.id(), now.minus(Duration.ofDays(25)));
        Sessions.NEXT.put(client.id(), now.plus(Duration.ofDays(1)));

        mvc.perform(get("/api/v1/clients/{id}/brief", client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sinceLastSession").value(true))
                .andExpect(jsonPath("$.since")
                        .value(startsWith(
                                now.minus(Duration.ofDays(25)).toString().substring(0, 16))))
                .andExpect(jsonPath("$.nextSession").exists())
                .andExpect(jsonPath("$.sections[?(@.heading == 'Mood, anxiety and sleep')].lines[0].text")
                        .value(hasItem("3 check-ins on 3 days.")));
    }

    @Test
    void everyReadOfTheBriefWritesOneAuditEntry() throws Exception {
        long before = briefReads();

        mvc.perform(get("/api/v1/clients/{id}/brief", client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk());
        mvc.perform(get("/therapist/clients/{id}/brief", client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk());

        assertThat(briefReads()).isEqualTo(before + 2);
        String privacy = mvc.perform(get("/client/privacy").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(privacy).contains("your pre-session brief");
    }

    @Test
    void anotherTherapistTheClientAndAnAdminAreRefused() throws Exception {
        CurrentUser other = data.aTherapist(client.practiceId());
        for (CurrentUser refused : List.of(other, client, data.anAdmin(client.practiceId()))) {
            mvc.perform(get("/api/v1/clients/{id}/brief", client.id()).with(SignedIn.as(refused)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/therapist/clients/{id}/brief", client.id()).with(SignedIn.as(other)))
                .andExpect(status().isForbidden());
        assertThat(briefReads()).isZero();
    }

    @Test
    void anIdThatIsNotOneIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/clients/not-an-id/brief").with(SignedIn.as(therapist)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsTheGlanceFirstAndLinksEveryLineToItsData() throws Exception {
        String html = mvc.perform(
                        get("/therapist/clients/{id}/brief", client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("At a glance", "No earlier session recorded: the last 14 days");
        assertThat(html.indexOf("At a glance")).isLessThan(html.indexOf("id=\"brief-section-1\""));
        assertThat(html).contains("href=\"/therapist/clients/" + client.id() + "/trends\">2 check-ins on 2 days.</a>");
        assertThat(html).contains("<svg class=\"sparkline\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheBriefAndTimelineResponses() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{clientId}/brief'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{clientId}/timeline'].get")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.BriefResponse.properties.sinceLastSession")
                        .exists());
    }

    private long briefReads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'brief'")
                .param(client.id().value())
                .query(Long.class)
                .single();
    }

    private static HistoricalCheckIn checkIn(Instant at, int mood) {
        return new HistoricalCheckIn(at, mood, 3, 7.0, null, null, List.of(), List.of(), null);
    }
}
