package app.tandem.appointment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A "before each session" questionnaire is due on the client's home only in the two days before a session. */
@TandemIntegrationTest
class BeforeSessionMeasureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AppointmentHistory history;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void assignBeforeEachSession() throws Exception {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        mvc.perform(post("/therapist/clients/" + client.id() + "/measures/assignments")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("instrument", "gad7")
                        .param("recurrence", "BEFORE_SESSION")
                        .param(
                                "start",
                                LocalDate.now(ZoneId.of("America/New_York")).toString()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void isDueWhenASessionIsTomorrow() throws Exception {
        session(Instant.now().plus(Duration.ofDays(1)));
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content().string(containsString("/client/measures/gad7?assignment=")));
        mvc.perform(get("/therapist/clients/" + client.id() + "/measures").with(SignedIn.as(therapist)))
                .andExpect(content().string(containsString("Before each session from")));
    }

    @Test
    void isNotDueWhenTheNextSessionIsNextWeek() throws Exception {
        session(Instant.now().plus(Duration.ofDays(6)));
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/client/measures/gad7?assignment="))));
    }

    private void session(Instant start) {
        history.session(
                therapist.practiceId(),
                client.id(),
                therapist.id(),
                start,
                50,
                Modality.VIDEO,
                SessionStatus.SCHEDULED);
    }
}
