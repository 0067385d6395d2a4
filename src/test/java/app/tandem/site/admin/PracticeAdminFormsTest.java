package app.tandem.site.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every practice admin form answers a mistake with a clear message on the page, never a 500, and saves nothing. */
@TandemIntegrationTest
class PracticeAdminFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;
    CurrentUser therapist;

    @BeforeEach
    void practice() {
        var practice = data.aPractice();
        admin = data.anAdmin(practice);
        therapist = data.aTherapist(practice);
    }

    private static Map<String, String> goodSettings() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Riverside Counselling");
        form.put("timeZone", "America/New_York");
        form.put("locale", "en-US");
        form.put("phone", "201-555-0100");
        form.put("email", "hello@example.org");
        form.put("address", "1 River Road");
        form.put("clientIdleMinutes", "30");
        form.put("businessHoursStart", "09:00");
        form.put("businessHoursEnd", "17:00");
        return form;
    }

    private MvcResult post(String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(SignedIn.as(admin))
                        .with(csrf());
        params.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private String practiceName() {
        return jdbc.sql("SELECT name FROM practice WHERE id = ?")
                .param(admin.practiceId().value())
                .query(String.class)
                .single();
    }

    @Test
    void thePeopleTableNamesRolesInWordsNotCodes() throws Exception {
        String home = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(SignedIn.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("<td><span>Therapist</span></td>", "Practice administrator");
        assertThat(home).doesNotContain(">THERAPIST<", ">ADMIN<", "ADMIN, ", "THERAPIST, ");
    }

    @Test
    void goodSettingsAreSaved() throws Exception {
        assertThat(post("/admin/practice", goodSettings()).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(practiceName()).isEqualTo("Riverside Counselling");
    }

    @Test
    void badSettingsShowTheFormAgainWithAMessage() throws Exception {
        String before = practiceName();
        Map<String, String[]> mistakes = Map.of(
                "timeZone", new String[] {"Mars/Olympus", "", "x".repeat(300)},
                "clientIdleMinutes", new String[] {"thirty", "-5", "99999999999999", "", "1e3"},
                "businessHoursStart", new String[] {"9 o'clock", "25:00", ""},
                "businessHoursEnd", new String[] {"08:00", "noon"},
                "locale", new String[] {"english", "\u0000"},
                "email", new String[] {"not an email"},
                "name", new String[] {"", "n".repeat(5000)});
        for (var mistake : mistakes.entrySet()) {
            for (String value : mistake.getValue()) {
                Map<String, String> form = goodSettings();
                form.put(mistake.getKey(), value);
                form.put("name", mistake.getKey().equals("name") ? value : "Changed " + UUID.randomUUID());
                MvcResult result = post("/admin/practice", form);
                assertThat(result.getResponse().getStatus())
                        .as("%s=%s", mistake.getKey(), value)
                        .isEqualTo(200);
                assertThat(result.getResponse().getContentAsString())
                        .as("%s=%s", mistake.getKey(), value)
                        .contains("error-summary");
                assertThat(practiceName()).isEqualTo(before);
            }
        }
    }

    @Test
    void rotaEntriesWithImpossibleDatesAreRefusedWithAMessage() throws Exception {
        String[][] cases = {
            {"2026-12-01T09:00", "+999999999-12-31T00:00"},
            {"-999999999-01-01T00:00", "2026-12-01T09:00"},
            {"2026-12-01T09:00", "tomorrow"},
            {"2026-12-02T09:00", "2026-12-01T09:00"},
        };
        for (String[] c : cases) {
            MvcResult result = post(
                    "/admin/practice/rota",
                    Map.of("therapist", therapist.id().toString(), "startsAt", c[0], "endsAt", c[1]));
            assertThat(result.getResponse().getStatus())
                    .as("%s .. %s", c[0], c[1])
                    .isLessThan(500);
            assertThat(jdbc.sql("SELECT count(*) FROM on_call_entry WHERE practice_id = ?")
                            .param(admin.practiceId().value())
                            .query(Integer.class)
                            .single())
                    .as("%s .. %s", c[0], c[1])
                    .isZero();
        }
    }

    @Test
    void crisisResourcesWithJunkAreRefusedWithAMessage() throws Exception {
        MvcResult result = post(
                "/admin/practice/crisis-resources",
                Map.of("lines[0].label", "", "lines[0].callNumber", "call me maybe", "lines[9999].label", "x"));
        assertThat(result.getResponse().getStatus()).isLessThan(500);
    }
}
