package app.tandem.measure;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class MeasureAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Measures measures;

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
                                containsString("17 to 8 (-9; RCI"),
                                containsString("reliable improvement"),
                                containsString("Reliable change needs more than"),
                                containsString("Kroenke 2001"),
                                containsString("commonly used threshold 6"),
                                containsString("<svg class=\"measure-chart\""),
                                containsString("measure-chart__band--4"),
                                containsString("Every PHQ-9 response"),
                                containsString("Values to be checked"),
                                containsString("Before each session (opens 2 days before, closes when it starts)"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("style=\""))));
        mvc.perform(get("/therapist/clients/" + client.id()).with(SignedIn.as(therapist)))
                .andExpect(content()
                        .string(allOf(
                                containsString("reliable improvement"),
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
                                containsString("id=\"measures-due\""),
                                containsString("GAD-7"),
                                containsString("/client/measures/gad7?assignment="))));
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(content().string(containsString("Every 2 weeks from")));
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
}
