package app.tandem.caseload.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.coping.TechniqueUses;
import app.tandem.measure.Measures;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Keyset paging of the merged timeline: ties at one instant across kinds and pages, filters, bad requests, access. */
@TandemIntegrationTest
class TimelinePagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CheckIns checkIns;

    @Autowired
    TechniqueUses uses;

    @Autowired
    Measures measures;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;
    Instant tie = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void tenEntriesEightOfThemAtOneInstant() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        List<HistoricalCheckIn> sameInstant = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameInstant.add(new HistoricalCheckIn(tie, 5 + i % 3, null, null, null, null, List.of(), List.of(), null));
        }
        checkIns.recordHistorical(client.id(), sameInstant);
        for (int i = 0; i < 3; i++) {
            uses.recordHistorical(client.practiceId(), client.id(), "paced-breathing", null, 7, 4, 60, false, tie);
        }
        List<Integer> answers = List.of(1, 1, 1, 1, 1, 1, 1, 1, 0);
        measures.recordHistorical(
                client.practiceId(), client.id(), "phq9", answers, tie.minus(Duration.ofHours(1)), null);
        measures.recordHistorical(
                client.practiceId(), client.id(), "phq9", answers, tie.plus(Duration.ofHours(1)), null);
    }

    @Test
    void pagesOfThreeWalkEveryEntryOnceInOrderAcrossTies() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MockHttpServletRequestBuilder request = timeline().param("limit", "3");
            if (cursor != null) {
                request.param("before", cursor);
            }
            String json = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(json, "$.entries[*].id");
            List<String> pageKinds = JsonPath.read(json, "$.entries[*].kind");
            seen.addAll(ids);
            kinds.addAll(pageKinds);
            cursor = JsonPath.read(json, "$.next");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThat(kinds)
                .containsExactly(
                        "MEASURE",
                        "CHECK_IN",
                        "CHECK_IN",
                        "CHECK_IN",
                        "CHECK_IN",
                        "CHECK_IN",
                        "TECHNIQUE",
                        "TECHNIQUE",
                        "TECHNIQUE",
                        "MEASURE");
        List<String> checkInIds = seen.subList(1, 6);
        assertThat(checkInIds).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theFilterKeepsOnlyTheChosenKinds() throws Exception {
        mvc.perform(timeline().param("kinds", "TECHNIQUE").param("kinds", "MEASURE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(5))
                .andExpect(jsonPath("$.entries[0].kind").value("MEASURE"))
                .andExpect(jsonPath("$.entries[1].text").value("Paced breathing: distress 7 to 4"))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void theFilterPageWorksWithoutJavaScriptAsAGetForm() throws Exception {
        String html = mvc.perform(get("/therapist/clients/{id}/timeline", client.id())
                        .param("kinds", "TECHNIQUE")
                        .with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("<form method=\"get\"", "value=\"TECHNIQUE\" checked");
        assertThat(html.split("data-kind=\"TECHNIQUE\"", -1)).hasSize(4);
        assertThat(html).doesNotContain("data-kind=\"CHECK_IN\"");
    }

    @Test
    void badCursorsKindsAndLimitsAreBadRequestsNamingTheParameter() throws Exception {
        mvc.perform(timeline().param("before", "not-a-cursor"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("before"));
        mvc.perform(timeline().param("kinds", "DREAMS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kinds"));
        mvc.perform(timeline().param("limit", "0")).andExpect(status().isBadRequest());
        mvc.perform(timeline().param("limit", "lots")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheClientsTherapistReadsItAndEachPageIsAudited() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}/timeline", client.id())
                        .with(SignedIn.as(data.aTherapist(client.practiceId()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients/{id}/timeline", client.id()).with(SignedIn.as(client)))
                .andExpect(status().isForbidden());
        mvc.perform(timeline()).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'timeline'")
                        .param(client.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private MockHttpServletRequestBuilder timeline() {
        return get("/api/v1/clients/{id}/timeline", client.id()).with(SignedIn.as(therapist));
    }
}
