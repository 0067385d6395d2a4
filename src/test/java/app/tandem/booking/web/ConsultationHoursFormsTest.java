package app.tandem.booking.web;

import static app.tandem.booking.web.BookingAdminFormsTest.get;
import static app.tandem.booking.web.BookingAdminFormsTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.booking.BookingFixture;
import app.tandem.booking.slot.Slot;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Consultation hours from the web: a therapist sets their own, the admin anyone's in the practice; the public
 * slots follow at once; every mistake is a message on the form and saves nothing.
 */
@TandemIntegrationTest
@Import(BookingFixture.class)
class ConsultationHoursFormsTest {

    static final String OWN = "/therapist/consultation-hours";

    @Autowired
    MockMvc mvc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestData data;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    BookingFixture.Setup setup;
    CurrentUser therapist;
    CurrentUser admin;
    ZoneId zone;

    @BeforeEach
    void practice() {
        setup = fixture.aPracticeTakingBookings();
        therapist = setup.therapist();
        admin = data.anAdmin(setup.practice());
        zone = practices.get(setup.practice()).zone();
    }

    private static Map<String, String> hours(String everyDay) {
        Map<String, String> form = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            form.put(day.name().toLowerCase(java.util.Locale.ROOT), everyDay);
        }
        form.put("bufferMinutes", "0");
        form.put("noticeHours", "1");
        form.put("horizonDays", "30");
        form.put("accepts", "true");
        return form;
    }

    private List<String> storedHours(CurrentUser who) {
        return jdbc.sql("""
                SELECT day_of_week || ' ' || starts_at || '-' || ends_at FROM booking_weekly_hours
                WHERE therapist_id = :t ORDER BY day_of_week, starts_at""").param("t", who.id().value()).query(String.class).list();
    }

    private int exceptions(CurrentUser who) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_exception WHERE therapist_id = :t")
                .param("t", who.id().value())
                .query(Integer.class)
                .single();
    }

    @Test
    void aTherapistsNewHoursAreThePublicSlotsAtOnce() throws Exception {
        assertThat(get(mvc, therapist, OWN).getResponse().getContentAsString())
                .contains("00:00-23:45", "All times are in the practice&#39;s time zone");

        MvcResult saved = post(mvc, therapist, OWN, hours("10:00-10:30, 14:00-14:15"));

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(OWN);
        List<Slot> slots = fixture.freeSlots(setup);
        assertThat(slots).isNotEmpty();
        assertThat(slots)
                .extracting(s -> s.start().atZone(zone).toLocalTime())
                .containsOnly(LocalTime.of(10, 0), LocalTime.of(10, 15), LocalTime.of(14, 0));
        assertThat(storedHours(therapist)).hasSize(14);
    }

    @Test
    void everyKindOfMistakeInTheHoursIsAMessageAndSavesNothing() throws Exception {
        List<String> before = storedHours(therapist);
        Map<String, String[]> mistakes = new LinkedHashMap<>();
        mistakes.put("monday", new String[] {
            "9 to 5",
            "12:00-09:00",
            "09:00-09:00",
            "09:00-12:00, 11:00-13:00",
            "25:00-26:00",
            "09:60-10:00",
            "1:00-2:00,3:00-4:00,5:00-6:00,7:00-8:00,9:00-10:00,11:00-12:00,13:00-14:00",
            "x".repeat(201)
        });
        mistakes.put("bufferMinutes", new String[] {"-1", "121", "abc", "", "99999999999999"});
        mistakes.put("noticeHours", new String[] {"-1", "721", "soon"});
        mistakes.put("horizonDays", new String[] {"0", "366", "1e3"});
        for (var mistake : mistakes.entrySet()) {
            for (String value : mistake.getValue()) {
                Map<String, String> form = hours("11:00-12:00");
                form.put(mistake.getKey(), value);
                MvcResult result = post(mvc, therapist, OWN, form);
                String what = mistake.getKey() + "=" + value;
                assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString())
                        .as(what)
                        .contains("error-summary")
                        .doesNotContain("Failed to convert");
                assertThat(storedHours(therapist)).as(what).isEqualTo(before);
            }
        }
        String overlap = post(mvc, therapist, OWN, hours("09:00-12:00, 11:00-13:00"))
                .getResponse()
                .getContentAsString();
        assertThat(overlap).contains("These ranges overlap");
    }

    @Test
    void daysOffAndExtraHoursChangeTheSlotsAndCanBeRemoved() throws Exception {
        post(mvc, therapist, OWN, hours(""));
        assertThat(fixture.freeSlots(setup)).isEmpty();
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);

        MvcResult added = post(
                mvc,
                therapist,
                OWN + "/exceptions",
                Map.of("date", tomorrow.toString(), "kind", "EXTRA", "start", "15:00", "end", "15:30"));

        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(fixture.freeSlots(setup))
                .extracting(s -> s.start().atZone(zone).toLocalDateTime().toString())
                .containsExactly(tomorrow + "T15:00", tomorrow + "T15:15");
        assertThat(post(mvc, therapist, OWN + "/exceptions", Map.of("date", tomorrow.toString(), "kind", "OFF"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(fixture.freeSlots(setup))
                .as("a whole day off wins over extra hours")
                .isEmpty();

        UUID dayOff = jdbc.sql("SELECT id FROM booking_exception WHERE therapist_id = :t AND NOT available")
                .param("t", therapist.id().value())
                .query(UUID.class)
                .single();
        assertThat(post(mvc, therapist, OWN + "/exceptions/" + dayOff + "/removal", Map.of())
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(fixture.freeSlots(setup)).hasSize(2);
    }

    @Test
    void everyKindOfMistakeInAnExceptionIsAMessageAndSavesNothing() throws Exception {
        LocalDate today = LocalDate.now(zone);
        List<Map<String, String>> mistakes = List.of(
                Map.of("kind", "OFF"),
                Map.of("date", "soon", "kind", "OFF"),
                Map.of("date", today.minusDays(1).toString(), "kind", "OFF"),
                Map.of("date", today.plusYears(3).toString(), "kind", "OFF"),
                Map.of("date", "+999999999-12-31", "kind", "OFF"),
                Map.of("date", today.toString(), "kind", "MAYBE"),
                Map.of("date", today.toString()),
                Map.of("date", today.toString(), "kind", "EXTRA"),
                Map.of("date", today.toString(), "kind", "EXTRA", "start", "10:00"),
                Map.of("date", today.toString(), "kind", "EXTRA", "start", "10:00", "end", "09:00"),
                Map.of("date", today.toString(), "kind", "OFF", "start", "10:00"),
                Map.of("date", today.toString(), "kind", "OFF", "start", "noon", "end", "13:00"));
        for (Map<String, String> form : mistakes) {
            MvcResult result = post(mvc, therapist, OWN + "/exceptions", form);
            assertThat(result.getResponse().getStatus()).as(form.toString()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString())
                    .as(form.toString())
                    .contains("error-summary")
                    .doesNotContain("Failed to convert");
            assertThat(exceptions(therapist)).as(form.toString()).isZero();
        }
    }

    @Test
    void theAdminSetsAnyTherapistsHoursOfThePracticeOnly() throws Exception {
        String path = "/admin/booking-page/therapists/" + therapist.id() + "/hours";
        assertThat(get(mvc, admin, path).getResponse().getStatus()).isEqualTo(200);

        MvcResult saved = post(mvc, admin, path, hours("08:00-08:15"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(fixture.freeSlots(setup))
                .extracting(s -> s.start().atZone(zone).toLocalTime())
                .containsOnly(LocalTime.of(8, 0));

        CurrentUser foreign = data.aTherapist(data.aPractice());
        String foreignPath = "/admin/booking-page/therapists/" + foreign.id() + "/hours";
        assertThat(get(mvc, admin, foreignPath).getResponse().getStatus()).isEqualTo(404);
        assertThat(post(mvc, admin, foreignPath, hours("08:00-09:00"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(post(
                                mvc,
                                admin,
                                foreignPath + "/exceptions",
                                Map.of("date", LocalDate.now(zone).toString(), "kind", "OFF"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(storedHours(foreign)).isEmpty();
        assertThat(exceptions(foreign)).isZero();
    }

    @Test
    void aTherapistCannotTouchAColleaguesHoursOrExceptions() throws Exception {
        post(
                mvc,
                therapist,
                OWN + "/exceptions",
                Map.of("date", LocalDate.now(zone).plusDays(2).toString(), "kind", "OFF"));
        UUID theirs = jdbc.sql("SELECT id FROM booking_exception WHERE therapist_id = :t")
                .param("t", therapist.id().value())
                .query(UUID.class)
                .single();
        CurrentUser colleague = setup.onCall();

        assertThat(post(mvc, colleague, OWN + "/exceptions/" + theirs + "/removal", Map.of())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(post(
                                mvc,
                                colleague,
                                "/admin/booking-page/therapists/" + therapist.id() + "/hours",
                                hours("08:00-09:00"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(exceptions(therapist)).isOne();
        assertThat(storedHours(therapist)).hasSize(7).allMatch(h -> h.endsWith("00:00:00-23:45:00"));
    }
}
