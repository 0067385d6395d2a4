package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.crypto.RawRows;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class TrendPagesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    CurrentUser therapist;
    CurrentUser client;

    @BeforeEach
    void aMonthWithGaps() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        LocalDate today = LocalDate.now(NEW_YORK);
        List<HistoricalCheckIn> month = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            if (i % 5 == 2) {
                continue; // a missed day every five
            }
            LocalDate day = today.minusDays(i);
            month.add(new HistoricalCheckIn(
                    day.atTime(LocalTime.of(8, 0)).atZone(NEW_YORK).toInstant(),
                    3 + (30 - i) / 6,
                    4,
                    7.0,
                    3,
                    5,
                    List.of("calm"),
                    List.of(),
                    i == 1 ? "Lunch with Jordanna went fine" : null));
        }
        checkIns.recordHistorical(client.id(), month);
    }

    @Test
    void theClientSeesFourServerRenderedChartsWithGapsAndTheNumbers() throws Exception {
        String html = mvc.perform(get("/client/trends").param("days", "30").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"trend-mood\"",
                        "id=\"trend-anxiety\"",
                        "id=\"trend-sleep\"",
                        "id=\"trend-energy\"",
                        "<svg",
                        "Show the numbers",
                        "<table",
                        "aria-current=\"page\"");
        String moodPath = html.substring(html.indexOf("id=\"trend-mood\""));
        moodPath = moodPath.substring(
                moodPath.indexOf("class=\"chart__line\" d=\""),
                moodPath.indexOf("/>", moodPath.indexOf("class=\"chart__line\"")));
        assertThat(moodPath.chars().filter(c -> c == 'M').count())
                .as("segments split at missed days")
                .isGreaterThan(4);
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void anUnknownRangeFallsBackToThirtyDays() throws Exception {
        String html = mvc.perform(get("/client/trends").param("days", "9999").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("aria-current=\"page\" class=\"is-current\">30 days");
    }

    @Test
    void theirTherapistSeesTheTrendsAndRecentNotes() throws Exception {
        String html = mvc.perform(
                        get("/therapist/clients/" + client.id() + "/trends").with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Lunch with Jordanna went fine", "id=\"trend-mood\"");
        String overview = mvc.perform(get("/therapist/clients/" + client.id()).with(SignedIn.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overview).contains("id=\"checkin-section\"", "<svg");
        RawRows.assertNoPlaintext(jdbc, "checkin", "Lunch with Jordanna");
    }

    @Test
    void aTherapistOfAnotherClientIsRefused() throws Exception {
        CurrentUser colleague = data.aTherapist(client.practiceId());
        mvc.perform(get("/therapist/clients/" + client.id() + "/trends").with(SignedIn.as(colleague)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTherapistOfAnotherPracticeIsRefused() throws Exception {
        CurrentUser stranger = data.aTherapist(data.aPractice());
        mvc.perform(get("/therapist/clients/" + client.id() + "/trends").with(SignedIn.as(stranger)))
                .andExpect(status().isForbidden());
    }

    @Test
    void trendsAreAvailableAsJson() throws Exception {
        mvc.perform(get("/api/v1/checkins/trends")
                        .param("days", "7")
                        .with(SignedIn.as(client))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(7))
                .andExpect(jsonPath("$.charts[0].metric").value("mood"))
                .andExpect(jsonPath("$.charts[0].series.daily.length()").value(7));
        mvc.perform(get("/api/v1/checkins/trends").param("days", "8").with(SignedIn.as(client)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void otherModulesReadDecryptedCheckInsBetweenDays() {
        LocalDate today = LocalDate.now(NEW_YORK);
        List<CheckInView> lastWeek = checkIns.between(client.id(), today.minusDays(6), today);
        assertThat(lastWeek).hasSize(6); // one of the seven days was missed
        assertThat(lastWeek)
                .extracting(CheckInView::localDate)
                .isSorted()
                .allMatch(d -> !d.isBefore(today.minusDays(6)));
        assertThat(lastWeek).extracting(CheckInView::note).contains("Lunch with Jordanna went fine");
    }

    @Test
    void readsAreAudited() throws Exception {
        mvc.perform(get("/therapist/clients/" + client.id() + "/trends").with(SignedIn.as(therapist)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT what FROM audit_event WHERE client_id = ? AND actor_id = ? AND action = 'READ'")
                        .params(client.id().value(), therapist.id().value())
                        .query(String.class)
                        .list())
                .contains("checkin-trends", "checkins");
    }
}
