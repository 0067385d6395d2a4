package app.tandem.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.io.StringReader;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The habits API (idempotent completions, 422 for a reused key) and the personal calendar feed. */
@TandemIntegrationTest
class HabitApiAndFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CurrentUser client;

    @BeforeEach
    void people() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void aHabitIsCreatedListedPatchedAndCompletedOncePerIdempotencyKey() throws Exception {
        String id = create("""
                {"title":"Morning walk","cadence":"WEEKDAYS","weekdays":["MONDAY","THURSDAY"],"times":["08:00"]}""");
        mvc.perform(get("/api/v1/habits").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Morning walk"))
                .andExpect(jsonPath("$[0].weekdays.length()").value(2));
        mvc.perform(patch("/api/v1/habits/{id}", id)
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadence\":\"DAILY\",\"times\":[\"07:30\",\"19:00\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cadence").value("DAILY"))
                .andExpect(jsonPath("$.times.length()").value(2))
                .andExpect(jsonPath("$.title").value("Morning walk"));

        mvc.perform(completion(id, "k-1", "{\"outcome\":\"DONE\"}")).andExpect(status().isCreated());
        mvc.perform(completion(id, "k-1", "{\"outcome\":\"DONE\"}")).andExpect(status().isOk());
        mvc.perform(completion(id, "k-1", "{\"outcome\":\"SKIPPED\",\"note\":\"tired\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM habit_completion WHERE habit_id = ?")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isOne();
        mvc.perform(get("/api/v1/me/today").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.habits[0].today").value("DONE"));
        mvc.perform(patch("/api/v1/habits/{id}", id)
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paused\":true}"))
                .andExpect(jsonPath("$.paused").value(true));
    }

    @Test
    void aHabitsReminderChannelsAreChosenOnCreatePatchedAloneAndOnByDefault() throws Exception {
        String byDefault = create("{\"title\":\"Walk\",\"cadence\":\"DAILY\",\"times\":[\"08:00\"]}");
        String quiet = create("""
                {"title":"Stretch","cadence":"DAILY","times":["09:00"],"remindEmail":false,"remindPush":false}""");
        mvc.perform(get("/api/v1/habits").with(SignedIn.as(client)))
                .andExpect(jsonPath("$[?(@.id == '%s')].remindEmail".formatted(byDefault))
                        .value(true))
                .andExpect(jsonPath("$[?(@.id == '%s')].remindPush".formatted(byDefault))
                        .value(true))
                .andExpect(jsonPath("$[?(@.id == '%s')].remindEmail".formatted(quiet))
                        .value(false));

        mvc.perform(patch("/api/v1/habits/{id}", quiet)
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"remindPush\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remindPush").value(true))
                .andExpect(jsonPath("$.remindEmail").value(false));
        mvc.perform(patch("/api/v1/habits/{id}", quiet)
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"remindEmail\":\"sometimes\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherClientsHabitIsNotFoundAndABadScheduleIsABadRequest() throws Exception {
        String id = create("{\"title\":\"Journal\",\"cadence\":\"EVERY_N_DAYS\",\"interval\":2,\"times\":[\"21:30\"]}");
        CurrentUser other = data.aClientOf(data.aTherapist(data.aPractice()));
        mvc.perform(post("/api/v1/habits/{id}/completions", id)
                        .with(SignedIn.as(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DONE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(
                        post("/api/v1/habits")
                                .with(SignedIn.as(client))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\":\"x\",\"cadence\":\"TIMES_PER_WEEK\",\"interval\":9,\"times\":[\"08:00\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.times").exists());
    }

    @Test
    void theCalendarFeedIsValidICalendarWithRecurrenceAndTheClientsZoneAndCanBeRevoked() throws Exception {
        create("{\"title\":\"Walk\",\"cadence\":\"DAILY\",\"times\":[\"08:00\"]}");
        create(
                "{\"title\":\"Gym\",\"cadence\":\"WEEKDAYS\",\"weekdays\":[\"TUESDAY\",\"FRIDAY\"],\"times\":[\"18:00\"]}");
        MvcResult rotated = mvc.perform(
                        post("/client/habits/feed").with(SignedIn.as(client)).with(csrf()))
                .andReturn();
        String feedUrl = (String) rotated.getFlashMap().get("feedUrl");
        assertThat(feedUrl).as("the whole address, for a calendar app").matches("https?://.+/calendar/.+\\.ics");
        String token = feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
        assertThat(token).hasSizeGreaterThan(30);

        String ics = mvc.perform(get("/calendar/{t}.ics", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(ics).contains("TZID:" + client.timeZone());
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
        assertThat(ics).contains("RRULE:FREQ=DAILY").contains("RRULE:FREQ=WEEKLY;BYDAY=TU,FR");
        assertThat(ics).contains("T080000").contains("T180000");

        mvc.perform(post("/client/habits/feed/revoke").with(SignedIn.as(client)).with(csrf()));
        mvc.perform(get("/calendar/{t}.ics", token)).andExpect(status().isNotFound());
    }

    private String create(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/habits")
                        .with(SignedIn.as(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.id");
    }

    private MockHttpServletRequestBuilder completion(String id, String key, String json) {
        return post("/api/v1/habits/{id}/completions", id)
                .with(SignedIn.as(client))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
