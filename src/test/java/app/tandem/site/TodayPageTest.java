package app.tandem.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.appointment.AppointmentHistory;
import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The client's Today: one primary action (check in, then the next due thing, else all done) and the week's mood. */
@TandemIntegrationTest
class TodayPageTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AppointmentHistory history;

    @Autowired
    CheckIns checkIns;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
    }

    @Test
    void untilTheClientHasCheckedInTodayTheCheckInIsThePrimaryAction() throws Exception {
        assignGad7();
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-state=\"CHECK_IN\""),
                                containsString("id=\"quick-mood\""),
                                containsString("Add more: anxiety, sleep, feelings, a note"),
                                not(containsString("Checked in today")),
                                not(containsString("id=\"today-next\"")))));
    }

    @Test
    void onceCheckedInTheDueQuestionnaireComesBeforeAHabitAndTheNextSession() throws Exception {
        assignGad7();
        addHabit("Evening walk");
        session(Instant.now().plus(Duration.ofDays(2)));
        checkInNow(6);
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Checked in today at"),
                                containsString("data-state=\"NEXT_STEP\""),
                                containsString("Start GAD-7"),
                                containsString("href=\"/client/measures/gad7?assignment="),
                                not(containsString("id=\"quick-mood\"")))));
    }

    @Test
    void withNoQuestionnaireAHabitDueTodayIsNextThenTheSessionAgenda() throws Exception {
        addHabit("Evening walk");
        session(Instant.now().plus(Duration.ofDays(2)));
        checkInNow(6);
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Planned for today"),
                                containsString("Open my habits"),
                                containsString("href=\"/client/habits#habit-"))));
    }

    @Test
    void aSessionThisWeekIsTheNextStepWhenNothingElseIsDue() throws Exception {
        session(Instant.now().plus(Duration.ofDays(2)));
        checkInNow(6);
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Your next session"),
                                containsString("Add to my agenda"),
                                containsString("href=\"/client/sessions#agenda\""))));
    }

    @Test
    void withNothingDueTodaySaysSoCalmly() throws Exception {
        session(Instant.now().plus(Duration.ofDays(20))); // too far off to prepare for today
        checkInNow(6);
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-state=\"ALL_DONE\""),
                                containsString("That is all for today"),
                                containsString("Nothing is due today."),
                                not(containsString("id=\"today-next\"")))));
    }

    @Test
    void theWeeksMoodShowsDaysWithoutACheckInAsGapsNotZeros() throws Exception {
        Instant now = Instant.now();
        checkIns.recordHistorical(
                client.id(), List.of(at(now.minus(Duration.ofDays(4)), 3), at(now.minus(Duration.ofDays(3)), 5)));
        checkInNow(7);
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"img\""),
                                containsString("Mood over the last 7 days"),
                                containsString("no check-in"),
                                containsString("href=\"/client/trends\""))))
                .andExpect(result -> {
                    String html = result.getResponse().getContentAsString();
                    org.assertj.core.api.Assertions.assertThat(count(html, "<polyline"))
                            .as("one line for the two days in a row; today stands alone after a gap")
                            .isEqualTo(1);
                    org.assertj.core.api.Assertions.assertThat(count(html, "<circle"))
                            .as("a dot per day with a check-in")
                            .isEqualTo(3);
                });
    }

    @Test
    void yourInformationLinksLiveUnderMoreNotOnToday() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Who has looked at my information")),
                                not(containsString("href=\"/client/my-data\"")),
                                containsString("Your therapist is"))));
        mvc.perform(get("/more").with(SignedIn.as(client)))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/client/privacy\""),
                                containsString("href=\"/client/my-data\""),
                                containsString("href=\"/notifications\""),
                                containsString("href=\"/settings\""))));
    }

    private static int count(String html, String needle) {
        return html.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    private static HistoricalCheckIn at(Instant when, int mood) {
        return new HistoricalCheckIn(when, mood, null, null, null, null, List.of(), List.of(), null);
    }

    private void checkInNow(int mood) throws Exception {
        mvc.perform(post("/client/checkins")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("token", UUID.randomUUID().toString())
                        .param("when", "now")
                        .param("mood", String.valueOf(mood)))
                .andExpect(status().is3xxRedirection());
    }

    private void assignGad7() throws Exception {
        mvc.perform(post("/therapist/clients/" + client.id() + "/measures/assignments")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("instrument", "gad7")
                        .param("recurrence", "EVERY_WEEKS")
                        .param("interval", "2")
                        .param("start", LocalDate.now(ZONE).toString())
                        .param("windowDays", "3"))
                .andExpect(status().is3xxRedirection());
    }

    private void addHabit(String title) throws Exception {
        mvc.perform(post("/client/habits")
                        .with(SignedIn.as(client))
                        .with(csrf())
                        .param("title", title)
                        .param("cadence", "DAILY")
                        .param("times", "20:00"))
                .andExpect(status().is3xxRedirection());
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
