package app.tandem.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.tandem.booking.BookingFixture;
import app.tandem.booking.slot.Slot;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The admin's public-page and profile forms: good input is saved and shown; a mistake is a message, never a save. */
@TandemIntegrationTest
@Import(BookingFixture.class)
class BookingAdminFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    BookingFixture.Setup setup;
    CurrentUser admin;

    @BeforeEach
    void practice() {
        setup = fixture.aPracticeTakingBookings();
        admin = data.anAdmin(setup.practice());
    }

    static MvcResult post(MockMvc mvc, CurrentUser who, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(SignedIn.as(who)).with(csrf());
        params.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    static MvcResult get(MockMvc mvc, CurrentUser who, String path) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        if (who != null) {
            request.with(SignedIn.as(who));
        }
        return mvc.perform(request).andReturn();
    }

    private static Map<String, String> goodPage() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", "A small practice by the river for adults.");
        form.put("location", "Second floor, step-free.");
        form.put("telehealth", "true");
        form.put("fees", "Sessions $150; sliding scale.");
        form.put("bookingOpen", "true");
        return form;
    }

    private int pages() {
        return jdbc.sql("SELECT COUNT(*) FROM booking_practice_page WHERE practice_id = :p")
                .param("p", setup.practice().value())
                .query(Integer.class)
                .single();
    }

    private String approach() {
        return jdbc.sql("SELECT approach FROM booking_therapist WHERE therapist_id = :t")
                .param("t", setup.therapist().id().value())
                .query(String.class)
                .single();
    }

    @Test
    void theAdminsPageTextShowsOnThePublicPage() throws Exception {
        assertThat(get(mvc, admin, "/admin/booking-page").getResponse().getContentAsString())
                .contains("About the practice", "Profile of", "Hours of");

        MvcResult saved = post(mvc, admin, "/admin/booking-page", goodPage());

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("Public page saved.");
        String publicPage = get(mvc, null, "/p/" + setup.slug()).getResponse().getContentAsString();
        assertThat(publicPage)
                .contains("A small practice by the river for adults.", "Sessions $150; sliding scale.")
                .contains("id=\"book-consultation\"");
    }

    @Test
    void closingOnlineBookingHidesTheButtonAndEverySlot() throws Exception {
        assertThat(fixture.freeSlots(setup)).isNotEmpty();
        Map<String, String> form = goodPage();
        form.remove("bookingOpen");

        assertThat(post(mvc, admin, "/admin/booking-page", form).getResponse().getStatus())
                .isEqualTo(302);

        String publicPage = get(mvc, null, "/p/" + setup.slug()).getResponse().getContentAsString();
        assertThat(publicPage).contains("Online booking is closed").doesNotContain("id=\"book-consultation\"");
        assertThat(fixture.freeSlots(setup)).isEmpty();
    }

    @Test
    void pageTextTooLongShowsAMessageAndSavesNothing() throws Exception {
        Map<String, Integer> limits = Map.of("description", 2000, "location", 400, "fees", 1000);
        for (var limit : limits.entrySet()) {
            Map<String, String> form = goodPage();
            form.put(limit.getKey(), "x".repeat(limit.getValue() + 1));
            MvcResult result = post(mvc, admin, "/admin/booking-page", form);
            assertThat(result.getResponse().getStatus()).as(limit.getKey()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString())
                    .as(limit.getKey())
                    .contains("error-summary", "This is too long; please shorten it.");
            assertThat(pages()).as(limit.getKey()).isZero();
        }
    }

    @Test
    void theAdminEditsATherapistsProfile() throws Exception {
        String path = "/admin/booking-page/therapists/" + setup.therapist().id();
        assertThat(get(mvc, admin, path).getResponse().getContentAsString()).contains("value=\"CBT\"");

        MvcResult saved = post(
                mvc,
                admin,
                path,
                Map.of(
                        "approach",
                        "Acceptance and commitment therapy",
                        "languages",
                        "English, Polish",
                        "seesPeopleFor",
                        "Panic, grief"));

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(get(mvc, null, "/p/" + setup.slug()).getResponse().getContentAsString())
                .contains("Acceptance and commitment therapy", "English, Polish", "Panic, grief");
        assertThat(fixture.freeSlots(setup)).as("hours and rules are kept").isNotEmpty();
    }

    @Test
    void profileTooLongShowsAMessageAndSavesNothing() throws Exception {
        String path = "/admin/booking-page/therapists/" + setup.therapist().id();
        Map<String, Integer> limits = Map.of("approach", 1000, "languages", 200, "seesPeopleFor", 1000);
        for (var limit : limits.entrySet()) {
            Map<String, String> form = new LinkedHashMap<>(Map.of("approach", "Changed", "languages", "x"));
            form.put(limit.getKey(), "y".repeat(limit.getValue() + 1));
            MvcResult result = post(mvc, admin, path, form);
            assertThat(result.getResponse().getStatus()).as(limit.getKey()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString())
                    .as(limit.getKey())
                    .contains("error-summary", "This is too long; please shorten it.");
            assertThat(approach()).isEqualTo("CBT");
        }
    }

    @Test
    void anotherPracticesTherapistOrANonTherapistCannotBeEdited() throws Exception {
        PracticeId elsewhere = data.aPractice();
        CurrentUser foreign = data.aTherapist(elsewhere);
        for (CurrentUser target : List.of(foreign, admin)) {
            String path = "/admin/booking-page/therapists/" + target.id();
            assertThat(get(mvc, admin, path).getResponse().getStatus()).isEqualTo(404);
            assertThat(post(mvc, admin, path, Map.of("approach", "Hijacked"))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_therapist WHERE approach = 'Hijacked'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(post(mvc, setup.therapist(), "/admin/booking-page", goodPage())
                        .getResponse()
                        .getStatus())
                .as("a therapist is not the admin")
                .isEqualTo(403);
        assertThat(pages()).isZero();
    }

    static boolean allWithin(List<Slot> slots, ZoneId zone, LocalTime from, LocalTime until) {
        return slots.stream()
                .map(s -> s.start().atZone(zone).toLocalTime())
                .allMatch(t -> !t.isBefore(from) && t.isBefore(until));
    }
}
