package app.tandem.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.booking.slot.Slot;
import app.tandem.safety.AlertView;
import app.tandem.safety.Alerts;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Booking through the public API: invite, safety alert, idempotency, 409, cancel and reschedule links. */
@TandemIntegrationTest
@Import(BookingFixture.class)
class BookingJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    Alerts alerts;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private String body(Slot slot, String email, boolean safety) {
        return """
                {"start":"%s","therapistId":"%s","name":"Dana Visitor","email":"%s","phone":"201-555-0199",
                 "contactBy":"PHONE","reason":"Trouble sleeping since the move","safetyConcern":%s,"zone":"America/Chicago"}""".formatted(slot.start(), slot.therapist(), email, safety);
    }

    private JsonNode book(BookingFixture.Setup setup, String body, String key, int expected) throws Exception {
        var request = post("/api/v1/practices/{slug}/bookings", setup.slug())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        MockHttpServletResponse response = mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse();
        return json.readTree(response.getContentAsString());
    }

    @Test
    void aBookingSendsAnInviteAndIsRepeatedSafelyWithTheSameKey() throws Exception {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        Slot slot = fixture.freeSlots(setup).get(6);

        JsonNode booked = book(setup, body(slot, "dana@example.org", false), "key-1", 201);
        JsonNode again = book(setup, body(slot, "dana@example.org", false), "key-1", 200);

        assertThat(again.get("id").asString()).isEqualTo(booked.get("id").asString());
        JsonNode taken = book(setup, body(slot, "sam@example.org", false), null, 409);
        assertThat(taken.get("detail").asString()).contains("just taken");
        assertThat(taken.get("nearestSlots")).isNotEmpty();
        List<String> emails = fixture.emailsFor(UUID.fromString(booked.get("id").asString()), 1);
        assertThat(emails.get(0))
                .contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "ORGANIZER", "ATTENDEE", "SEQUENCE:0")
                .doesNotContain("Trouble sleeping");
    }

    @Test
    void yesToTheSafetyQuestionAlertsTheOnCallClinicianWithTheContactDetails() throws Exception {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        Slot slot = fixture.freeSlots(setup).get(2);

        JsonNode booked = book(setup, body(slot, "river@example.org", true), null, 201);

        assertThat(booked.get("showCrisisResources").asBoolean()).isTrue();
        List<AlertView> open = alerts.openFor(setup.onCall());
        assertThat(open).hasSize(1);
        assertThat(open.get(0).level().name()).isEqualTo("HIGH");
        mvc.perform(get("/therapist/alerts/{id}", open.get(0).id()).with(SignedIn.as(setup.onCall())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("river@example.org")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("201-555-0199")));
    }

    @Test
    void theEmailLinkShowsAConfirmButtonAndOnlyAPostCancelsOnce() throws Exception {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        List<Slot> slots = fixture.freeSlots(setup);
        JsonNode booked = book(setup, body(slots.get(3), "lee@example.org", false), null, 201);
        String token = booked.get("manageToken").asString();
        UUID id = UUID.fromString(booked.get("id").asString());

        mvc.perform(get("/bookings/manage/{t}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cancel my consultation")));
        assertThat(fixture.activeBookingsAt(setup, slots.get(3).start())).isEqualTo(1);

        String moved = mvc.perform(post("/api/v1/bookings/{t}/reschedule", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":\"" + slots.get(8).start() + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String newToken = json.readTree(moved).get("manageToken").asString();
        mvc.perform(post("/bookings/manage/{t}/cancellation", token).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/bookings/manage/{t}/cancellation", newToken).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/bookings/{t}/cancellation", newToken))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no longer valid")));
        assertThat(fixture.activeBookingsAt(setup, slots.get(8).start())).isZero();
        List<String> emails = fixture.emailsFor(id, 3);
        assertThat(emails.get(1)).contains("METHOD:REQUEST", "SEQUENCE:1", "UID:" + id + "@tandem");
        assertThat(emails.get(2)).contains("METHOD:CANCEL", "SEQUENCE:2", "UID:" + id + "@tandem");
    }

    @Test
    void refusalsAreClearProblems() throws Exception {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        Slot slot = fixture.freeSlots(setup).get(1);
        JsonNode bad = book(setup, body(slot, "not-an-email", false), null, 400);
        assertThat(bad.get("detail").asString()).contains("valid email");
        mvc.perform(get("/api/v1/practices/{s}/slots?from=2026-12-10&to=2026-12-01", setup.slug()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/practices/no-such-practice/slots?from=2026-12-01&to=2026-12-02"))
                .andExpect(status().isNotFound());
        for (int i = 0; i < 3; i++) {
            book(setup, body(fixture.freeSlots(setup).get(10 + i), "same@example.org", false), null, 201);
        }
        JsonNode limited = book(setup, body(fixture.freeSlots(setup).get(20), "same@example.org", false), null, 429);
        assertThat(limited.get("detail").asString()).contains("Too many");
    }
}
