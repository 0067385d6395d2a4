package app.tandem.checkin.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.checkin.CheckIns;
import app.tandem.checkin.HistoricalCheckIn;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.BriefSeries;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What check-ins contribute to the brief (charts, averages, direction, quoted notes) and to the timeline. */
@TandemIntegrationTest
class CheckInWorkspaceTest {

    @Autowired
    TestData data;

    @Autowired
    CheckIns checkIns;

    @Autowired
    CheckInBrief brief;

    @Autowired
    CheckInTimeline timeline;

    CurrentUser client;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aClient() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void theBriefChartsTheDaysOfThePeriodAndSaysMoodFell() {
        List<HistoricalCheckIn> entries = new ArrayList<>();
        // 12 daily check-ins in the period, mood falling from 8 to 3; one older one outside it
        for (int day = 12; day >= 1; day--) {
            int mood = 3 + (int) Math.round((day - 1) * 5 / 11.0);
            entries.add(checkIn(
                    now.minus(Duration.ofDays(day)), mood, 6, 7.0, day == 2 ? "Slept badly before the exam" : null));
        }
        entries.add(checkIn(now.minus(Duration.ofDays(40)), 9, 1, 8.0, "Long ago"));
        checkIns.recordHistorical(client.id(), entries);

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.heading()).isEqualTo("Mood, anxiety and sleep");
        assertThat(section.lines())
                .extracting(BriefLine::text)
                .contains("12 check-ins on 12 days.", "Note: “Slept badly before the exam”")
                .anySatisfy(t -> assertThat(t).startsWith("Mood fell, by about"))
                .anySatisfy(t -> assertThat(t).startsWith("Mood averaged 5.").endsWith("(lowest 3.0, highest 8.0)."))
                .noneMatch(t -> t.contains("Long ago"));
        assertThat(section.lines())
                .allSatisfy(l -> assertThat(l.link()).isEqualTo("/therapist/clients/" + client.id() + "/trends"));
        assertThat(section.charts())
                .extracting(BriefSeries::label)
                .containsExactly("Mood (0-10)", "Anxiety (0-10)", "Sleep (hours)");
        assertThat(section.charts().get(0).points()).hasSize(12);
        assertThat(section.charts().get(0).points().get(0).value()).isEqualTo(8.0);
    }

    @Test
    void aPeriodWithoutCheckInsSaysSo() {
        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines()).extracting(BriefLine::text).containsExactly("No check-ins in this period.");
        assertThat(section.charts()).isEmpty();
    }

    @Test
    void theTimelineGivesCheckInsNewestFirstStrictlyBeforeTheCursorWithoutTheirNotes() {
        checkIns.recordHistorical(
                client.id(),
                List.of(
                        checkIn(now.minus(Duration.ofHours(30)), 4, null, null, "private words"),
                        checkIn(now.minus(Duration.ofHours(20)), 5, 3, 6.5, null),
                        checkIn(now.minus(Duration.ofHours(10)), 6, 2, 7.0, null)));

        List<TimelineEntry> newest = timeline.before(client.id(), now, 2);
        List<TimelineEntry> older = timeline.before(client.id(), newest.get(1).at(), 2);

        assertThat(newest)
                .extracting(TimelineEntry::text)
                .containsExactly(
                        "Check-in: mood 6/10, anxiety 2/10, sleep 7 h",
                        "Check-in: mood 5/10, anxiety 3/10, sleep 6.5 h");
        assertThat(older)
                .extracting(TimelineEntry::text)
                .containsExactly("Check-in: mood 4/10, anxiety -/10, sleep - h, with a note");
        assertThat(newest).allSatisfy(e -> assertThat(e.kind()).isEqualTo(TimelineKind.CHECK_IN));
    }

    private static HistoricalCheckIn checkIn(Instant at, int mood, Integer anxiety, Double sleep, String note) {
        return new HistoricalCheckIn(at, mood, anxiety, sleep, null, null, List.of(), List.of(), note);
    }
}
