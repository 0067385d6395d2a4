package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.crypto.RawRows;
import app.tandem.testing.CareTeam;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemIntegrationTest
class CheckInFormTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
    void formOffersBigChipsInFieldsetsAndAOneTimeToken() throws Exception {
        String html = mvc.perform(get("/client/checkins/new").with(team.asClient()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "<legend>",
                        "id=\"mood-0\"",
                        "id=\"mood-10\"",
                        "0 = very low, 10 = very good",
                        "0 = calm, 10 = extremely anxious",
                        "name=\"token\"",
                        "type=\"datetime-local\"",
                        "id=\"emotions-numb\"",
                        "id=\"tags-homework\"",
                        "/js/checkin.js");
        assertThat(html).doesNotContain("type=\"range\"").doesNotContain("style=");
    }

    @Test
    void savingRedirectsToTheSavedPageWithAThankYouAndASessionPrompt() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID())
                        .param("mood", "6")
                        .param("anxiety", "3")
                        .param("sleepHours", "7.5")
                        .param("sleepQuality", "4")
                        .param("energy", "5")
                        .param("emotions", "calm", "tired")
                        .param("tags", "exercise"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/client/checkins/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Saved. Thank you."),
                                org.hamcrest.Matchers.containsString("Anything to bring to your next session?"),
                                org.hamcrest.Matchers.containsString("7.5 hours"),
                                org.hamcrest.Matchers.containsString("tired"))));
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void onlyMoodIsNeeded() throws Exception {
        mvc.perform(submit(UUID.randomUUID()).param("mood", "0")).andExpect(status().is3xxRedirection());
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aDoubleTapWithTheSameTokenSavesOnceAndShowsTheSamePage() throws Exception {
        UUID token = UUID.randomUUID();
        String first = mvc.perform(submit(token).param("mood", "5"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String second = mvc.perform(submit(token).param("mood", "5"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void everyFieldIsCheckedWithAMessageAndNothingIsSaved() throws Exception {
        String html = mvc.perform(submit(UUID.randomUUID())
                        .param("mood", "11")
                        .param("anxiety", "-1")
                        .param("sleepHours", "7.3")
                        .param("sleepQuality", "6")
                        .param("energy", "12")
                        .param("emotions", "gloomy")
                        .param("tags", "skydiving")
                        .param("note", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Choose a number from 0 to 10.",
                        "Choose a number from 1 to 5.",
                        "in half hours",
                        "&quot;gloomy&quot; is not one of them",
                        "&quot;skydiving&quot; is not one of them",
                        "up to 2,000 characters; it has 2,001",
                        "href=\"#field-mood\"",
                        "aria-invalid=\"true\"");
        assertThat(rows()).isZero();
    }

    @Test
    void missingMoodAndUnreadableNumbersAreFormErrorsNot500s() throws Exception {
        String html = mvc.perform(submit(UUID.randomUUID())
                        .param("anxiety", "lots")
                        .param("sleepHours", "eight")
                        .param("when", "other")
                        .param("at", "yesterday-ish"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Choose your mood from 0 to 10.",
                        "Enter hours slept as a number",
                        "Enter the date and time like");
        assertThat(rows()).isZero();
    }

    @Test
    void aTimeInTheFutureIsRefusedWithAClearMessage() throws Exception {
        String later = LocalDateTime.now(NEW_YORK).plusMinutes(30).format(INPUT);
        String html = mvc.perform(submit(UUID.randomUUID())
                        .param("mood", "5")
                        .param("when", "other")
                        .param("at", later))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("That time is in the future.");
        assertThat(rows()).isZero();
    }

    @Test
    void moreThanSevenDaysBackIsRefused() throws Exception {
        String old = LocalDateTime.now(NEW_YORK).minusDays(8).format(INPUT);
        String html = mvc.perform(submit(UUID.randomUUID())
                        .param("mood", "5")
                        .param("when", "other")
                        .param("at", old))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("up to 7 days back");
        assertThat(rows()).isZero();
    }

    @Test
    void yesterdayFilledInLateBelongsToYesterdayInTheClientsZone() throws Exception {
        mvc.perform(submit(UUID.randomUUID()).param("mood", "4").param("when", "yesterday"))
                .andExpect(status().is3xxRedirection());
        LocalDate day = jdbc.sql("SELECT local_date FROM checkin WHERE client_id = ?")
                .param(team.client().id().value())
                .query(LocalDate.class)
                .single();
        assertThat(day).isEqualTo(LocalDate.now(NEW_YORK).minusDays(1));
    }

    @Test
    void theNoteIsStoredEncrypted() throws Exception {
        mvc.perform(submit(UUID.randomUUID())
                        .param("mood", "5")
                        .param("note", "Argued with my sister about Thanksgiving"))
                .andExpect(status().is3xxRedirection());
        RawRows.assertNoPlaintext(jdbc, "checkin", "Argued with my sister", "Thanksgiving");
    }

    @Test
    void aRiskyNoteShowsTheCrisisCardAtOnceAndRaisesAnAlert() throws Exception {
        String html = mvc.perform(submit(UUID.randomUUID()).param("mood", "1").param("note", "i can't take it anymore"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Saved. Thank you.", "id=\"crisis-card\"", "tel:988");
        assertThat(html.indexOf("id=\"crisis-card\"")).isLessThan(html.indexOf("Saved. Thank you."));
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM checkin WHERE client_id = ?")
                .param(team.client().id().value())
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT safety_level FROM checkin WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("LOW");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_alert WHERE client_id = ?")
                        .param(team.client().id().value())
                        .query(Long.class)
                        .single())
                .isOne();
        mvc.perform(get("/client/checkins/" + id).with(team.asClient()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"crisis-card\"")));
    }

    @Test
    void aHarmlessNoteShowsNoCrisisCard() throws Exception {
        String location = mvc.perform(
                        submit(UUID.randomUUID()).param("mood", "6").param("note", "Good walk with my dog"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(team.asClient()))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"crisis-card\""))));
    }

    @Test
    void aClientCannotOpenSomeoneElsesCheckIn() throws Exception {
        String location = mvc.perform(submit(UUID.randomUUID()).param("mood", "5"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(SignedIn.as(data.aClientOf(team.therapist()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageOffersACheckInAndThenCalmlyConfirmsIt() throws Exception {
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("data-state=\"CHECK_IN\""),
                                org.hamcrest.Matchers.containsString("Save my mood"),
                                org.hamcrest.Matchers.containsString("name=\"mood\" value=\"9\""))));
        mvc.perform(submit(UUID.randomUUID()).param("mood", "5"));
        mvc.perform(get("/").with(team.asClient()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Check in again"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Save my mood")),
                                org.hamcrest.Matchers.containsString("Checked in today at"))));
    }

    private MockHttpServletRequestBuilder submit(UUID token) {
        return post("/client/checkins").with(team.asClient()).with(csrf()).param("token", token.toString());
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM checkin WHERE client_id = ?")
                .param(team.client().id().value())
                .query(Long.class)
                .single();
    }
}
