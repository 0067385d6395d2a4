package app.tandem.coping.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coping.TechniqueUses;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the toolbox contributes: what helped in the period (uses and rated effect) and technique uses in the timeline. */
@TandemIntegrationTest
class CopingWorkspaceTest {

    @Autowired
    TestData data;

    @Autowired
    TechniqueUses uses;

    @Autowired
    CopingBrief brief;

    @Autowired
    CopingTimeline timeline;

    CurrentUser client;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void aClient() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void theBriefListsEachTechniqueWithItsAverageDistressBeforeAndAfterBiggestDropFirst() {
        use("grounding-54321", 6, 5, 5);
        use("paced-breathing", 8, 4, 4);
        use("paced-breathing", 7, 4, 3);
        use("paced-breathing", 9, 1, 40); // before the period

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.heading()).isEqualTo("What helped");
        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "Paced breathing: used 2 times; distress 7.5 before, 4.0 after on average (0-10, as rated by the client).",
                        "5-4-3-2-1 grounding: used once; distress 6.0 before, 5.0 after on average (0-10, as rated by the client).");
    }

    @Test
    void theTimelineShowsEachUseWithItsDistressBeforeAndAfter() {
        use("paced-breathing", 8, 4, 2);
        use("grounding-54321", 6, 5, 1);

        assertThat(timeline.before(client.id(), now, 10))
                .extracting(TimelineEntry::text)
                .containsExactly("5-4-3-2-1 grounding: distress 6 to 5", "Paced breathing: distress 8 to 4");
    }

    private void use(String technique, int before, int after, int daysAgo) {
        uses.recordHistorical(
                client.practiceId(),
                client.id(),
                technique,
                null,
                before,
                after,
                120,
                false,
                now.minus(Duration.ofDays(daysAgo)));
    }
}
