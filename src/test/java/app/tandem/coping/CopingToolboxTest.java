package app.tandem.coping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The toolbox end to end through the web: pages without JavaScript, the API, the therapist's view. */
@TandemIntegrationTest
class CopingToolboxTest {

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
    void aBreathingUseFromThePageIsSavedOnceEvenWhenSubmittedTwice() throws Exception {
        mvc.perform(get("/client/toolbox/paced-breathing?pattern=box&minutes=1").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Breathe in through your nose, counting to 4.")))
                .andExpect(content().string(containsString("Repeat this 4 times")));
        String token = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder submit = post("/client/toolbox/paced-breathing")
                .with(team.asClient())
                .with(csrf())
                .param("submitToken", token)
                .param("startedAt", String.valueOf(System.currentTimeMillis() - 61_000))
                .param("variant", "box")
                .param("minutes", "1")
                .param("before", "7")
                .param("after", "4")
                .param("completed", "true");
        String first = mvc.perform(submit)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/client/toolbox/uses/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String second = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(uses(team.client())).isEqualTo(1);
        Integer duration = jdbc.sql("SELECT duration_seconds FROM coping_use WHERE client_id = :c")
                .param("c", team.client().id().value())
                .query(Integer.class)
                .single();
        assertThat(duration).isBetween(60, 240); // timed by the server without JavaScript
        mvc.perform(get(first).with(team.asClient()))
                .andExpect(content().string(containsString("Your distress went from 7 to 4: 3 points lower.")))
                .andExpect(content().string(not(containsString("crisis-offer"))));
    }

    @Test
    void aMissingRatingIsAFormErrorNotA500() throws Exception {
        mvc.perform(post("/client/toolbox/grounding-54321")
                        .with(team.asClient())
                        .with(csrf())
                        .param("submitToken", UUID.randomUUID().toString())
                        .param("after", "3")
                        .param("completed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a number from 0 to 10.")));
        assertThat(uses(team.client())).isZero();
    }

    @Test
    void distressStillAtNineOrMoreOffersTheCrisisLinesAndTheSafetyPlanAtOnce() throws Exception {
        String location = mvc.perform(post("/client/toolbox/self-compassion-break")
                        .with(team.asClient())
                        .with(csrf())
                        .param("submitToken", UUID.randomUUID().toString())
                        .param("before", "9")
                        .param("after", "9")
                        .param("completed", "false"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(team.asClient()))
                .andExpect(content().string(containsString("id=\"crisis-offer\"")))
                .andExpect(content().string(containsString("tel:988")))
                .andExpect(content().string(containsString("/client/safety-plan")));
        // not an alert by itself
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_alert WHERE client_id = :c")
                        .param("c", team.client().id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aThoughtRecordIsEncryptedAtRestScreenedAndSharedOnlyWhenTheClientSaysSo() throws Exception {
        String body = """
                {"techniqueId":"thought-record","before":8,"after":6,"durationSeconds":400,"completed":true,
                 "answers":{"situation":"Meeting with my manager","thought":"I'll get fired","intensity":"80"}}""";
        mvc.perform(api(team.client(), body, UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answers.situation").value("Meeting with my manager"))
                .andExpect(jsonPath("$.shared").value(false))
                .andExpect(jsonPath("$.safety").doesNotExist());
        String stored = jdbc.sql("SELECT answers FROM coping_use WHERE client_id = :c")
                .param("c", team.client().id().value())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("manager");
        mvc.perform(get("/therapist/clients/" + team.client().id() + "/toolbox").with(team.asTherapist()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Meeting with my manager"))));

        String risky = """
                {"techniqueId":"thought-record","before":9,"after":9,"durationSeconds":300,"completed":true,"shared":true,
                 "answers":{"thought":"I've saved up the pills and I'm going to take them all tonight."}}""";
        mvc.perform(api(team.client(), risky, UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.safety.level").value("HIGH"))
                .andExpect(jsonPath("$.safety.crisisSupport").value(true))
                .andExpect(jsonPath("$.safety.crisisResources[0].call").exists());
        mvc.perform(get("/therapist/clients/" + team.client().id() + "/toolbox").with(team.asTherapist()))
                .andExpect(content().string(containsString("take them all tonight")));
    }

    @Test
    void theApiIsIdempotentAndRefusesAReusedKeyWithADifferentBody() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"techniqueId":"paced-breathing","variant":"sigh","before":6,"after":3,"durationSeconds":60,"completed":true}""";
        String first = mvc.perform(api(team.client(), body, key))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.change").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String replay = mvc.perform(api(team.client(), body, key))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(replay).isEqualTo(first);
        mvc.perform(api(team.client(), body.replace("\"after\":3", "\"after\":2"), key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));
        mvc.perform(api(
                        team.client(),
                        "{\"techniqueId\":\"paced-breathing\",\"variant\":\"nope\",\"before\":11}",
                        null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'before')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'variant')]").exists());
        assertThat(uses(team.client())).isEqualTo(1);
    }

    @Test
    void statsRankOnlyFromThreeUsesAndSayWhy() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(api(team.client(), """
                            {"techniqueId":"muscle-relaxation","before":7,"after":%d,"durationSeconds":300,"completed":true}""".formatted(3 + i), null)).andExpect(status().isCreated());
        }
        mvc.perform(api(
                        team.client(),
                        "{\"techniqueId\":\"tipp\",\"before\":9,\"after\":1,\"durationSeconds\":200,\"completed\":true}",
                        null))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/me/technique-stats").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.techniques[0].techniqueId").value("muscle-relaxation"))
                .andExpect(jsonPath("$.techniques[0].uses").value(3))
                .andExpect(jsonPath("$.techniques[0].meanChange").value(3.0))
                .andExpect(jsonPath("$.techniques[0].lower").isNumber())
                .andExpect(jsonPath("$.techniques[0].why[0]").value(containsString("3.0 points lower after, 3 uses")))
                .andExpect(jsonPath("$.techniques[1].techniqueId").value("tipp"))
                .andExpect(jsonPath("$.techniques[1].enough").value(false))
                .andExpect(jsonPath("$.techniques[1].lower").doesNotExist());
        mvc.perform(get("/therapist/clients/" + team.client().id()).with(team.asTherapist()))
                .andExpect(content().string(containsString("Coping toolbox")))
                .andExpect(content().string(containsString("Muscle relaxation (short form)")));
    }

    @Test
    void theTherapistPinsATechniqueAndTheClientSeesItOnTodayAndInTheToolbox() throws Exception {
        mvc.perform(post("/therapist/clients/" + team.client().id() + "/toolbox/pins")
                        .with(team.asTherapist())
                        .with(csrf())
                        .param("techniqueId", "grounding-54321")
                        .param("note", "Try this when the evening panic starts"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(content().string(containsString("Your therapist suggests: 5-4-3-2-1 grounding")));
        mvc.perform(get("/client/toolbox").with(team.asClient()))
                .andExpect(content().string(containsString("Try this when the evening panic starts")));
        mvc.perform(api(
                        team.client(),
                        "{\"techniqueId\":\"grounding-54321\",\"before\":5,\"after\":4,\"durationSeconds\":100,\"completed\":true}",
                        null))
                .andExpect(jsonPath("$.assigned").value(true));
    }

    @Test
    void aPracticeTechniqueReachesClientsOnlyAfterAnAdminApprovesIt() throws Exception {
        CurrentUser admin = data.anAdmin(team.therapist().practiceId());
        mvc.perform(post("/therapist/toolbox/techniques")
                        .with(team.asTherapist())
                        .with(csrf())
                        .param("title", "Walk to the window")
                        .param("purpose", "A moment of daylight")
                        .param("steps", "Stand up\nWalk to the window\nLook at the sky for a minute")
                        .param("minutes", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/client/toolbox").with(team.asClient()))
                .andExpect(content().string(not(containsString("Walk to the window"))));
        String id = jdbc.sql("SELECT id FROM coping_practice_technique WHERE practice_id = :p")
                .param("p", team.therapist().practiceId().value())
                .query(String.class)
                .single();
        mvc.perform(post("/admin/toolbox/techniques/" + id + "/approve")
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/client/toolbox").with(team.asClient()))
                .andExpect(content().string(containsString("Walk to the window")));
        mvc.perform(get("/client/toolbox/" + id).with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Look at the sky for a minute")));
    }

    private MockHttpServletRequestBuilder api(CurrentUser who, String body, String key) {
        MockHttpServletRequestBuilder request = post("/api/v1/technique-uses")
                .with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private int uses(CurrentUser who) {
        return jdbc.sql("SELECT COUNT(*) FROM coping_use WHERE client_id = :c")
                .param("c", who.id().value())
                .query(Integer.class)
                .single();
    }
}
