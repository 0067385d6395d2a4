package app.tandem.coping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The optional "where were you" tag on a use: saved, shown to the therapist and in the export, bad values refused. */
@TandemIntegrationTest
class CopingContextTagTest {

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
    void aContextPickedOnThePageIsSavedAndShownToTheClientTheTherapistAndInTheExport() throws Exception {
        mvc.perform(get("/client/toolbox/paced-breathing").with(team.asClient()))
                .andExpect(content().string(containsString("Where were you? (optional)")))
                .andExpect(content().string(containsString("In bed / before sleep")));
        String saved = mvc.perform(form("bedtime"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(contexts(team.client())).containsExactly("bedtime");
        mvc.perform(get(saved).with(team.asClient()))
                .andExpect(content().string(containsString("Where: In bed / before sleep.")));
        mvc.perform(get("/therapist/clients/" + team.client().id() + "/toolbox").with(team.asTherapist()))
                .andExpect(content().string(containsString("<th scope=\"col\">Where</th>")))
                .andExpect(content().string(containsString("<td>In bed / before sleep</td>")));
        String[] csv = mvc.perform(get("/client/my-data/export.csv").with(team.asClient()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(csv[0]).endsWith(",technique_answers,technique_context,habit,habit_kind,habit_outcome,habit_note");
        assertThat(csv[1]).endsWith(",bedtime,,,,"); // the habit columns after it stay empty
    }

    @Test
    void leavingTheContextEmptySavesTheUseWithoutOne() throws Exception {
        mvc.perform(form("")).andExpect(status().is3xxRedirection());

        assertThat(contexts(team.client())).containsExactly((String) null);
    }

    @Test
    void anUnknownContextOnThePageIsAFormErrorAndSavesNothing() throws Exception {
        mvc.perform(form("on-the-moon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the places listed, or leave it empty.")));

        assertThat(contexts(team.client())).isEmpty();
    }

    @Test
    void theApiTakesAContextRefusesAnUnknownOneAndComparesItOnReplay() throws Exception {
        String key = UUID.randomUUID().toString();
        String atWork = """
                {"techniqueId":"paced-breathing","variant":"box","before":6,"after":3,"durationSeconds":60,\
                "completed":true,"context":"work-or-school"}""";
        mvc.perform(api(atWork, key))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.context").value("work-or-school"));
        mvc.perform(api(atWork, key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.context").value("work-or-school"));
        mvc.perform(api(atWork.replace("work-or-school", "home"), key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));
        mvc.perform(api(atWork.replace(",\"context\":\"work-or-school\"", ""), key))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(api(
                        atWork.replace("work-or-school", "Home"),
                        UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'context')]").exists());

        assertThat(contexts(team.client())).containsExactly("work-or-school");
    }

    @Test
    void anApiUseWithoutAContextAnswersWithoutOne() throws Exception {
        mvc.perform(api("""
                        {"techniqueId":"paced-breathing","before":5,"after":4,"durationSeconds":60,"completed":true}""", UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.context").doesNotExist());
    }

    private MockHttpServletRequestBuilder form(String context) {
        return post("/client/toolbox/paced-breathing")
                .with(team.asClient())
                .with(csrf())
                .param("submitToken", UUID.randomUUID().toString())
                .param("startedAt", String.valueOf(System.currentTimeMillis() - 61_000))
                .param("variant", "box")
                .param("minutes", "1")
                .param("before", "7")
                .param("after", "4")
                .param("completed", "true")
                .param("context", context);
    }

    private MockHttpServletRequestBuilder api(String body, String key) {
        return post("/api/v1/technique-uses")
                .with(team.asClient())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("Idempotency-Key", key);
    }

    private List<String> contexts(CurrentUser who) {
        return jdbc.sql("SELECT context_tag FROM coping_use WHERE client_id = :c")
                .param("c", who.id().value())
                .query((rs, n) -> rs.getString(1))
                .list();
    }
}
