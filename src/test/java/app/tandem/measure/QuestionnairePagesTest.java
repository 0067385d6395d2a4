package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemIntegrationTest
class QuestionnairePagesTest {

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

    MockHttpServletRequestBuilder answer(String code, String action, String token, Integer... answers) {
        MockHttpServletRequestBuilder request = post("/client/measures/" + code)
                .with(SignedIn.as(client))
                .with(csrf())
                .param("action", action)
                .param("token", token);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                request.param("item" + (i + 1), String.valueOf(answers[i]));
            }
        }
        return request;
    }

    List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT status, total, band, completed_at FROM measure_response WHERE client_id = ?")
                .param(client.id().value())
                .query()
                .listOfRows();
    }

    @Test
    void showsTheOfficialItemsAsOneFieldsetEachWithTheAttribution() throws Exception {
        mvc.perform(get("/client/measures/phq9").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Over the last 2 weeks, how often have you been bothered"),
                                containsString(
                                        "<legend><span class=\"question__number\">9.</span> <span>Thoughts that you would be better off dead"),
                                containsString("type=\"radio\" name=\"item9\" value=\"3\""),
                                containsString("No permission required to reproduce"),
                                containsString("name=\"token\""))));
    }

    @Test
    void aSavedDraftIsNeverScoredAndIsResumedOnTheNextVisit() throws Exception {
        mvc.perform(answer("gad7", "save", UUID.randomUUID().toString(), 2, 2, 2, 2, 2, 2, 2))
                .andExpect(redirectedUrl("/client/measures"));
        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("DRAFT");
            assertThat(r.get("total")).isNull();
            assertThat(r.get("band")).isNull();
            assertThat(r.get("completed_at")).isNull();
        });
        mvc.perform(get("/client/measures/gad7").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("We kept the answers you saved"),
                                containsString("name=\"item7\" value=\"2\" checked"))));
        mvc.perform(get("/api/v1/measures/gad7/responses").with(SignedIn.as(client)))
                .andExpect(content().string(containsString("\"responses\":[]")));
        mvc.perform(get("/client/measures").with(SignedIn.as(client)))
                .andExpect(content().string(containsString("Carry on with your GAD-7 answers")));
    }

    @Test
    void submittingWithMissingItemsNamesThemAndKeepsTheAnswers() throws Exception {
        mvc.perform(answer("phq9", "submit", UUID.randomUUID().toString(), 1, null, 1, 1, null, 1, 1, 1, 0))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Still to answer"),
                                containsString("Question 2: Feeling down, depressed, or hopeless"),
                                containsString("Question 5: Poor appetite or overeating"),
                                not(containsString("Question 1:")),
                                containsString("name=\"item1\" value=\"1\" checked"))));
        assertThat(rows())
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("DRAFT"));
        mvc.perform(answer("phq9", "submit", UUID.randomUUID().toString(), 1, 2, 1, 1, 2, 1, 1, 1, 0))
                .andExpect(redirectedUrlPattern("/client/measures/responses/*"));
        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("COMPLETE");
            assertThat(((Number) r.get("total")).intValue()).isEqualTo(10);
        });
    }

    @Test
    void aDoubleTapOnFinishSavesOnce() throws Exception {
        String token = UUID.randomUUID().toString();
        String first = mvc.perform(answer("gad7", "submit", token, 1, 1, 1, 1, 1, 1, 1))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(answer("gad7", "submit", token, 1, 1, 1, 1, 1, 1, 1)).andExpect(redirectedUrl(first));
        assertThat(rows()).hasSize(1);
    }

    @Test
    void theResultUsesCalmWordsAndComparesWithTheFirstOne() throws Exception {
        mvc.perform(answer("phq9", "submit", UUID.randomUUID().toString(), 2, 2, 2, 2, 2, 2, 2, 2, 0));
        String second = mvc.perform(answer("phq9", "submit", UUID.randomUUID().toString(), 1, 1, 1, 1, 0, 0, 0, 0, 0))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(second).with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Few or no signs of low mood right now"),
                                containsString("Compared with your first one, things look better."),
                                containsString("Your therapist will go through it with you."),
                                not(containsString("depression")),
                                not(containsString("RCI")))));
    }

    @Test
    void itemNineRaisesASignalAndTheResultShowsTheCrisisCardDirectly() throws Exception {
        mvc.perform(answer("phq9", "submit", UUID.randomUUID().toString(), 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"crisis-card\""),
                                containsString("Get help now"),
                                containsString("Thank you for filling in the PHQ-9"))));
        assertThat(Signals.of(jdbc, client.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.level()).isEqualTo("LOW"));
    }

    @Test
    void aDraftWithItemNineAnsweredAlsoRaisesASignal() throws Exception {
        mvc.perform(answer(
                        "phq9",
                        "save",
                        UUID.randomUUID().toString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"crisis-card\"")));
        assertThat(Signals.of(jdbc, client.id())).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo("MODERATE");
            assertThat(s.label()).isEqualTo("PHQ-9 item 9");
        });
        assertThat(rows())
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("DRAFT"));
    }

    @Test
    void aCorrectionIsANewVersionWithAReasonAndTheOriginalStaysInHistory() throws Exception {
        String result = mvc.perform(answer("gad7", "submit", UUID.randomUUID().toString(), 3, 3, 3, 3, 3, 3, 3))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String originalId = result.substring(result.lastIndexOf('/') + 1);
        mvc.perform(post(result + "/correct")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("token", UUID.randomUUID().toString())
                        .param("reason", "")
                        .param("item1", "1")
                        .param("item2", "1")
                        .param("item3", "1")
                        .param("item4", "1")
                        .param("item5", "1")
                        .param("item6", "1")
                        .param("item7", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please say in a few words")));
        String corrected = mvc.perform(post(result + "/correct")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("token", UUID.randomUUID().toString())
                        .param("reason", "I tapped the wrong column")
                        .param("item1", "1")
                        .param("item2", "1")
                        .param("item3", "1")
                        .param("item4", "1")
                        .param("item5", "1")
                        .param("item6", "1")
                        .param("item7", "1"))
                .andExpect(redirectedUrlPattern("/client/measures/responses/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(corrected).isNotEqualTo(result);
        Map<String, Object> original = jdbc.sql("SELECT total, superseded_by_id FROM measure_response WHERE id = ?")
                .param(UUID.fromString(originalId))
                .query()
                .singleRow();
        assertThat(((Number) original.get("total")).intValue()).isEqualTo(21);
        assertThat(original.get("superseded_by_id")).isNotNull();
        app.tandem.crypto.RawRows.assertNoPlaintext(jdbc, "measure_response", "I tapped the wrong column");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'measure-correction'")
                        .param(client.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Corrected later (not counted)"),
                                containsString("Correction by the client: I tapped the wrong column"))));
        mvc.perform(get(result + "/correct").with(SignedIn.as(client))).andExpect(status().isNotFound());
    }
}
