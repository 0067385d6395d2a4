package app.tandem.checkin.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.CheckInRecorder;
import app.tandem.checkin.trend.Trends;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import app.tandem.testing.PageFrameMocks;
import app.tandem.testing.SignedIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The check-in API's request checks, on the web layer alone: each refusal is a 400 problem naming the field in
 * the client's words, and nothing reaches the recorder or the queries.
 */
@WebMvcTest(CheckInApiController.class)
@PageFrameMocks
@Import(CheckInApiValidationTest.FixedClock.class)
class CheckInApiValidationTest {

    static final CurrentUser CLIENT = new CurrentUser(
            UserId.random(),
            new PracticeId(UUID.randomUUID()),
            "casey@test.tandem",
            "Casey Client",
            EnumSet.of(Role.CLIENT),
            "America/New_York");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CheckInRecorder recorder;

    @MockitoBean
    CheckInQueries queries;

    @MockitoBean
    Trends trends;

    @Test
    void anOverlongIdempotencyKeyIsRefusedNamingTheHeader() throws Exception {
        mvc.perform(create("{\"mood\":4}").header("Idempotency-Key", "k".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].message").value("The Idempotency-Key may be up to 100 characters."));
        verifyNoInteractions(recorder);
    }

    @Test
    void aRecordedAtThatIsNotADateTimeIsAFieldErrorWithAnExample() throws Exception {
        mvc.perform(create("{\"mood\":4,\"recordedAt\":\"last tuesday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid check-in"))
                .andExpect(jsonPath("$.errors[0].field").value("recordedAt"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Use an ISO-8601 date and time, for example 2026-03-08T20:30:00-05:00."));
        verifyNoInteractions(recorder);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        mvc.perform(create("{\"mood\":\"happy\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mood"))
                .andExpect(jsonPath("$.errors[0].message").value("This value has the wrong type."));
        verifyNoInteractions(recorder);
    }

    @Test
    void aListingRangeBackwardsOrLongerThan400DaysIsRefused() throws Exception {
        mvc.perform(list().param("from", "2026-03-10").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("The start date must not be after the end date."));
        mvc.perform(list().param("from", "2024-01-01").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ask for at most 400 days at a time."));
        mvc.perform(list().param("to", "+999999999-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Use an ISO date, for example 2026-03-08."));
        verifyNoInteractions(queries);
    }

    @Test
    void trendsOnlyForTheRangesThePageOffers() throws Exception {
        mvc.perform(get("/api/v1/checkins/trends").param("days", "12").with(SignedIn.as(CLIENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose 7, 30, 90 or 365 days."));
        verifyNoInteractions(trends);
    }

    private MockHttpServletRequestBuilder create(String json) {
        return post("/api/v1/checkins")
                .with(SignedIn.as(CLIENT))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private MockHttpServletRequestBuilder list() {
        return get("/api/v1/checkins").with(SignedIn.as(CLIENT));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        }
    }
}
