package app.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.habit.HabitHistory;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Habit and homework days in the client's CSV: a row per marked day, with the title as written and the outcome. */
@TandemIntegrationTest
class HabitExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    HabitHistory history;

    @Test
    void theCsvHasARowPerMarkedDay() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        ZoneId zone = ZoneId.of("UTC");
        UUID walk = history.dailyHabit(
                client.practiceId(),
                client.id(),
                zone,
                "Walk, 10 minutes",
                LocalTime.of(8, 0),
                LocalDate.of(2026, 3, 1));
        UUID reading = history.homework(
                client.practiceId(), client.id(), therapist.id(), "Read the sleep leaflet", LocalDate.of(2026, 3, 5));
        history.outcome(client.practiceId(), client.id(), walk, LocalDate.of(2026, 3, 2), true, zone);
        history.outcome(client.practiceId(), client.id(), walk, LocalDate.of(2026, 3, 3), false, zone);
        history.outcome(client.practiceId(), client.id(), reading, LocalDate.of(2026, 3, 4), true, zone);

        String csv = mvc.perform(get("/client/my-data/export.csv").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",habit,habit_kind,habit_outcome,habit_note");
        List<String> habitRows =
                Arrays.stream(lines).filter(l -> l.startsWith("habit-day,")).toList();
        assertThat(habitRows).hasSize(3);
        assertThat(habitRows.get(0)).startsWith("habit-day,2026-03-02,").endsWith(",\"Walk, 10 minutes\",habit,done,");
        assertThat(habitRows.get(1))
                .startsWith("habit-day,2026-03-03,")
                .endsWith(",\"Walk, 10 minutes\",habit,skipped,");
        assertThat(habitRows.get(2))
                .startsWith("habit-day,2026-03-04,")
                .endsWith(",Read the sleep leaflet,homework,done,");
        for (String row : habitRows) {
            assertThat(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSameSizeAs(lines[0].split(",", -1));
        }
    }
}
