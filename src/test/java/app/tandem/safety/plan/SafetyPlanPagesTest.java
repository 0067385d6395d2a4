package app.tandem.safety.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.crypto.RawRows;
import app.tandem.safety.SafetyPlanOpened;
import app.tandem.safety.crisis.RaisedSignals;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemIntegrationTest
@RecordApplicationEvents
class SafetyPlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void versionsRecordWhoChangedWhichSections() throws Exception {
        mvc.perform(edit(
                        client,
                        "/client/safety-plan",
                        0,
                        Map.of(
                                "warningSigns",
                                "Staying in bed all day\nSkipping meals",
                                "peopleToAsk",
                                "My sister Jo 555-0134")))
                .andExpect(redirectedUrl("/client/safety-plan"));
        mvc.perform(edit(
                        therapist,
                        therapistBase(),
                        1,
                        Map.of(
                                "warningSigns",
                                "Staying in bed all day\nSkipping meals",
                                "peopleToAsk",
                                "My sister Jo 555-0134",
                                "copingAlone",
                                "Walk around the block with headphones")))
                .andExpect(redirectedUrl(therapistBase()));

        List<Map<String, Object>> rows =
                jdbc.sql("""
                SELECT version, author_id, author_role, changed_sections FROM safety_plan_version
                WHERE client_id = ? ORDER BY version""").param(client.id().value()).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("author_role")).containsExactly("CLIENT", "THERAPIST");
        assertThat(rows)
                .extracting(r -> r.get("author_id"))
                .containsExactly(client.id().value(), therapist.id().value());
        assertThat(rows)
                .extracting(r -> r.get("changed_sections"))
                .containsExactly("warning-signs,people-to-ask", "coping-alone");

        mvc.perform(get("/client/safety-plan").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Walk around the block"),
                                containsString("tel:5550134"),
                                containsString("Changes to this plan"),
                                containsString("Theo Therapist (therapist)"),
                                containsString("Casey Client (client)"),
                                containsString("Things I can do on my own to cope"))));
    }

    @Test
    void aTherapistWhoDoesNotTreatTheClientIsRefused() throws Exception {
        CurrentUser colleague = data.aTherapist(therapist.practiceId());

        mvc.perform(get(therapistBase()).with(SignedIn.as(colleague))).andExpect(status().isForbidden());
        mvc.perform(edit(colleague, therapistBase(), 0, Map.of("warningSigns", "Not my client")))
                .andExpect(status().isForbidden());
        assertThat(versions()).isZero();
    }

    @Test
    void aTherapistOfAnotherPracticeIsRefused() throws Exception {
        CurrentUser foreign = data.aTherapist(data.aPractice());

        mvc.perform(get(therapistBase()).with(SignedIn.as(foreign))).andExpect(status().isForbidden());
        mvc.perform(get(therapistBase() + "/print").with(SignedIn.as(foreign))).andExpect(status().isForbidden());
        mvc.perform(edit(foreign, therapistBase(), 0, Map.of("warningSigns", "Other practice")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePrintablePlanHasNoNavigation() throws Exception {
        mvc.perform(edit(client, "/client/safety-plan", 0, Map.of("worthLivingFor", "My niece Lily and her drawings")));

        mvc.perform(get("/client/safety-plan/print").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("My niece Lily"),
                                containsString("tel:988"),
                                not(containsString("site-nav")),
                                not(containsString("Sign out")),
                                not(containsString("site-header")))));
    }

    @Test
    void theClientsWordsAreScreenedButATherapistsAreNot() throws Exception {
        mvc.perform(edit(
                client,
                "/client/safety-plan",
                0,
                Map.of("warningSigns", "When I start thinking about killing myself")));
        mvc.perform(edit(
                therapist,
                therapistBase(),
                1,
                Map.of("warningSigns", "When I start thinking about killing myself\nWanting to hurt myself")));

        assertThat(RaisedSignals.of(jdbc, client.id())).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo("safety-plan");
            assertThat(signal.label()).isEqualTo("Safety plan: My warning signs");
        });
    }

    @Test
    void meansRestrictionInTheClientsWordsRaisesNothing() throws Exception {
        mvc.perform(edit(
                        client,
                        "/client/safety-plan",
                        0,
                        Map.of(
                                "saferSurroundings",
                                "My sister keeps the pills at her place\nDad has the key to the gun safe")))
                .andExpect(redirectedUrl("/client/safety-plan"));

        assertThat(RaisedSignals.of(jdbc, client.id())).isEmpty();
    }

    @Test
    void aRiskyLineShowsTheSavedPlanWithTheCrisisCard() throws Exception {
        mvc.perform(edit(
                        client,
                        "/client/safety-plan",
                        0,
                        Map.of("warningSigns", "When I wish I could go to sleep and not wake up")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Thank you for telling us"),
                                containsString("go to sleep and not wake up"))));
    }

    @Test
    void aStaleEditKeepsTheEditorsWordsAndShowsTheNewerPlan() throws Exception {
        mvc.perform(edit(client, "/client/safety-plan", 0, Map.of("copingAlone", "Listen to the rain playlist")));
        mvc.perform(edit(therapist, therapistBase(), 0, Map.of("copingAlone", "Cold water on my face")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Someone else saved this plan"),
                                containsString("Cold water on my face"),
                                containsString("Listen to the rain playlist"))));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void theContentIsStoredEncryptedAndADoubleSubmitSavesOnce() throws Exception {
        UUID token = UUID.randomUUID();
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(edit(
                            client,
                            "/client/safety-plan",
                            0,
                            Map.of("distractions", "Saturday pottery class with Ines"),
                            token))
                    .andExpect(redirectedUrl("/client/safety-plan"));
        }

        assertThat(versions()).isEqualTo(1);
        RawRows.assertNoPlaintext(jdbc, "safety_plan_version", "pottery class with Ines");
    }

    @Test
    void aTamperedFormIsABadRequestAndAnEmptyOneComesBackWithAnError() throws Exception {
        mvc.perform(post("/client/safety-plan/edit")
                        .with(csrf())
                        .with(SignedIn.as(client))
                        .param("openedVersion", "0")
                        .param("submitToken", "not-a-token"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/client/safety-plan/edit").with(csrf()).with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        assertThat(versions()).isZero();
    }

    @Test
    void openingThePlanIsPublishedOnlyWhenTheClientAgreed() throws Exception {
        mvc.perform(get("/client/safety-plan").with(SignedIn.as(client))).andExpect(status().isOk());
        assertThat(events.stream(SafetyPlanOpened.class))
                .singleElement()
                .satisfies(e -> assertThat(e.clientId()).isEqualTo(client.id()));

        mvc.perform(post("/client/safety-plan/sharing").with(csrf()).with(SignedIn.as(client)))
                .andExpect(redirectedUrl("/client/safety-plan"));
        mvc.perform(get("/client/safety-plan").with(SignedIn.as(client)))
                .andExpect(content().string(not(containsString("checked"))));
        mvc.perform(get(therapistBase()).with(SignedIn.as(therapist)));
        assertThat(events.stream(SafetyPlanOpened.class)).hasSize(1);
    }

    @Test
    void aTherapistOpeningThePlanIsNotAnOpeningByTheClient() throws Exception {
        mvc.perform(get(therapistBase()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No safety plan yet")));
        assertThat(events.stream(SafetyPlanOpened.class)).isEmpty();
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM safety_plan_version WHERE client_id = ?")
                .param(client.id().value())
                .query(Integer.class)
                .single();
    }

    private String therapistBase() {
        return "/therapist/clients/" + client.id() + "/safety-plan";
    }

    private static MockHttpServletRequestBuilder edit(
            CurrentUser who, String base, int openedVersion, Map<String, String> sections) {
        return edit(who, base, openedVersion, sections, UUID.randomUUID());
    }

    private static MockHttpServletRequestBuilder edit(
            CurrentUser who, String base, int openedVersion, Map<String, String> sections, UUID token) {
        MockHttpServletRequestBuilder request = post(base + "/edit")
                .with(csrf())
                .with(SignedIn.as(who))
                .param("openedVersion", String.valueOf(openedVersion))
                .param("submitToken", token.toString());
        sections.forEach(request::param);
        return request;
    }
}
