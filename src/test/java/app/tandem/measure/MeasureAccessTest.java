package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.Role;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class MeasureAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Measures measures;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;
    UUID response;

    @BeforeEach
    void history() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "phq9",
                List.of(2, 2, 2, 2, 2, 2, 2, 3, 0),
                Instant.parse("2026-01-05T15:30:00Z"),
                null);
        response = measures.recordHistorical(
                client.practiceId(),
                client.id(),
                "phq9",
                List.of(1, 1, 1, 1, 1, 1, 1, 1, 0),
                Instant.parse("2026-02-05T15:30:00Z"),
                null);
    }

    @Test
    void theTherapistSeesReliableChangeWithItsSourcesAndTheChart() throws Exception {
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("17 to 8 (-9)"),
                                containsString("reliable improvement"),
                                containsString("Reliable change: a change of at least 6 points"),
                                containsString("NHS Talking Therapies"),
                                containsString("Kroenke 2001"),
                                containsString("<svg class=\"measure-chart\""),
                                containsString("measure-chart__band--4"),
                                containsString("Every PHQ-9 response"),
                                containsString("Before each session (opens 2 days before, closes when it starts)"))))
                .andExpect(content()
                        .string(allOf(
                                org.hamcrest.Matchers.not(containsString("style=\"")),
                                org.hamcrest.Matchers.not(containsString("RCI")),
                                org.hamcrest.Matchers.not(containsString("to be checked")))));
        mvc.perform(get("/therapist/clients/" + client.id()).with(SignedIn.as(therapist)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Reliable improvement"),
                                containsString("Since the first"),
                                containsString("Mild depression"),
                                containsString("/export.fhir.json"))));
    }

    @Test
    void aTherapistWhoDoesNotTreatTheClientIsRefused() throws Exception {
        CurrentUser colleague = data.aTherapist(client.practiceId());
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(colleague)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/therapist/clients/" + client.id() + "/measures/assignments")
                        .with(SignedIn.as(colleague))
                        .with(csrf())
                        .param("instrument", "phq9")
                        .param("recurrence", "ONCE")
                        .param("start", "2026-03-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTherapistOfAnotherPracticeIsRefused() throws Exception {
        CurrentUser foreign = data.aTherapist(data.aPractice());
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(foreign)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminWhoIsNotTheTherapistCannotReadResponses() throws Exception {
        CurrentUser admin = data.anAdmin(client.practiceId());
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/measures/phq9/responses").with(SignedIn.as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/client/measures/responses/" + response).with(SignedIn.as(admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherClientCannotOpenTheResponse() throws Exception {
        CurrentUser other = data.aClientOf(therapist);
        mvc.perform(get("/client/measures/responses/" + response).with(SignedIn.as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void readingAssigningAndEndingAreAuditedButRefusedAssignmentsAreNot() throws Exception {
        String page = "/therapist/clients/" + client.id() + "/measures";
        mvc.perform(get(page).with(SignedIn.as(therapist))).andExpect(status().isOk());
        mvc.perform(post(page + "/assignments")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("instrument", "not-offered"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Choose a questionnaire your practice offers."));
        mvc.perform(post(page + "/assignments")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("instrument", "gad7")
                        .param("recurrence", "EVERY_WEEKS"))
                .andExpect(flash().attribute("flash", "Not assigned: Give a date (the due date, or the first one)."));
        assertThat(audited("WRITE")).isEmpty();

        mvc.perform(post(page + "/assignments")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("instrument", "gad7")
                        .param("recurrence", "ONCE")
                        .param(
                                "start",
                                LocalDate.now(ZoneId.of("America/New_York")).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("will see it when it is due")));
        UUID assignment = jdbc.sql("SELECT id FROM measure_assignment WHERE client_id = ?")
                .param(client.id().value())
                .query(UUID.class)
                .single();
        mvc.perform(post(page + "/assignments/" + assignment + "/end")
                        .with(SignedIn.as(therapist))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "Assignment ended."));
        mvc.perform(post(page + "/assignments/" + assignment + "/end")
                        .with(SignedIn.as(therapist))
                        .with(csrf()))
                .andExpect(flash().attributeCount(0));

        assertThat(audited("READ")).contains("measures");
        assertThat(audited("WRITE")).containsExactly("measure-assignments", "measure-assignments");
    }

    private List<String> audited(String action) {
        return jdbc.sql("SELECT what FROM audit_event WHERE client_id = ? AND actor_id = ? AND action = ?")
                .params(client.id().value(), therapist.id().value(), action)
                .query(String.class)
                .list();
    }

    @Test
    void anAssignmentDueTodayShowsOnTheClientsHomeWithAStartButton() throws Exception {
        mvc.perform(post("/therapist/clients/" + client.id() + "/measures/assignments")
                .with(SignedIn.as(therapist))
                .with(csrf())
                .param("instrument", "gad7")
                .param("recurrence", "EVERY_WEEKS")
                .param("interval", "2")
                .param("start", LocalDate.now(ZoneId.of("America/New_York")).toString())
                .param("windowDays", "3"));
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("due-list__item--measure"),
                                containsString("GAD-7"),
                                containsString("/client/measures/gad7?assignment="))));
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Every 2 weeks from"),
                                containsString("<span class=\"person-list__name\">GAD-7</span>"))));
    }

    @Test
    void anAdminOffersTheLicensedScreenerOnlyWithALicenceConfirmation() throws Exception {
        CurrentUser admin = data.aPerson(client.practiceId(), EnumSet.of(Role.ADMIN), null, "Ada Admin");
        mvc.perform(post("/admin/instruments")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("enabled", "phq9", "gad7", "who5", "pcl5", "asrs6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("first confirm that your practice holds a licence")));
        mvc.perform(get("/client/measures").with(SignedIn.as(client)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ASRS"))));
        mvc.perform(get("/admin/instruments").with(SignedIn.as(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Our practice holds the licence"),
                                containsString("Copyright World Health Organization"))));
    }

    @Test
    void anAdminWhoConfirmsTheLicenceWithoutOfferingIsToldItIsNotOfferedYet() throws Exception {
        CurrentUser admin = data.aPerson(client.practiceId(), EnumSet.of(Role.ADMIN), null, "Ada Admin");
        mvc.perform(post("/admin/instruments")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("enabled", "phq9", "gad7")
                        .param("licence", "asrs6"))
                .andExpect(flash().attribute(
                                "flash",
                                allOf(
                                        containsString("Offered now: GAD-7, PHQ-9."),
                                        containsString("ASRS-v1.1 Part A is not offered until you tick"))));
    }

    @Test
    void aRefusedSaveKeepsTheAdminsTicks() throws Exception {
        CurrentUser admin = data.aPerson(client.practiceId(), EnumSet.of(Role.ADMIN), null, "Ada Admin");
        String page = mvc.perform(post("/admin/instruments")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("enabled", "phq9", "pcl5", "asrs6"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("Nothing was saved")
                .contains("value=\"pcl5\" id=\"enabled-pcl5\" checked")
                .doesNotContain("value=\"gad7\" id=\"enabled-gad7\" checked");
    }

    @Test
    void aPracticesOwnBaselineSdMakesTherapistsSeeTheIndexWithItsSource() throws Exception {
        CurrentUser admin = data.aPerson(client.practiceId(), EnumSet.of(Role.ADMIN), null, "Ada Admin");
        mvc.perform(post("/admin/instruments/phq9/baseline-sd")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("sd", "5.7")
                        .param("source", "Our 2025 intake audit (n = 212)"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(content()
                        .string(allOf(
                                containsString("17 to 8 (-9; RCI -3.37)"),
                                containsString("Jacobson-Truax; SD 5.7, Our 2025 intake audit (n = 212)"))));

        mvc.perform(post("/admin/instruments/phq9/baseline-sd")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("action", "clear"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(content().string(containsString("Reliable change: a change of at least 6 points")));
    }

    @Test
    void aBaselineSdWithoutASourceOrOutOfRangeIsRefusedAndKeptOnTheForm() throws Exception {
        CurrentUser admin = data.aPerson(client.practiceId(), EnumSet.of(Role.ADMIN), null, "Ada Admin");
        mvc.perform(post("/admin/instruments/phq9/baseline-sd")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("sd", "5.7")
                        .param("source", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("Say where the SD comes from"), containsString("value=\"5.7\""))));
        mvc.perform(post("/admin/instruments/phq9/baseline-sd")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("sd", "-3")
                        .param("source", "typo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a positive number")));
        mvc.perform(post("/admin/instruments/asrs6/baseline-sd")
                        .with(SignedIn.as(admin))
                        .with(csrf())
                        .param("sd", "1")
                        .param("source", "anything"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/instruments/phq9/baseline-sd")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("sd", "5")
                        .param("source", "a therapist"))
                .andExpect(status().isForbidden());
    }
}
