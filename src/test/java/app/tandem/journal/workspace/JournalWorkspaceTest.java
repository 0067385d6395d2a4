package app.tandem.journal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.journal.Journals;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the journal contributes to the therapist's workspace: shared entries quoted in the brief, and a timeline. */
@TandemIntegrationTest
class JournalWorkspaceTest {

    @Autowired
    TestData data;

    @Autowired
    Journals journals;

    @Autowired
    SharedJournalBrief brief;

    @Autowired
    List<TimelineContributor> timelines;

    CurrentUser client;

    @BeforeEach
    void aClient() {
        client = data.aClientOf(data.aTherapist(data.aPractice()));
    }

    @Test
    void sharedEntriesAreQuotedButPrivateEntriesStayOut() {
        Instant now = Instant.now();
        journals.recordHistorical(
                client.practiceId(),
                client.id(),
                null,
                "Walked by the river and felt lighter.",
                true,
                now.minus(Duration.ofDays(2)));
        journals.recordHistorical(
                client.practiceId(), client.id(), "Only for me", "Private words", false, now.minus(Duration.ofDays(1)));

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.heading()).isEqualTo("Shared journal entries");
        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "1 journal entry shared.", "Shared journal entry: “Walked by the river and felt lighter.”");
        assertThat(section.lines())
                .extracting(BriefLine::link)
                .containsOnly("/therapist/clients/" + client.id() + "/journal");
        assertThat(timeline().before(client.id(), now, 10))
                .extracting(TimelineEntry::text)
                .containsExactly("Shared a journal entry");
    }

    @Test
    void aPeriodWithNothingSharedSaysSo() {
        Instant now = Instant.now();
        journals.recordHistorical(
                client.practiceId(), client.id(), "Only for me", "Private words", false, now.minus(Duration.ofDays(1)));

        BriefSection section = brief.sectionFor(client.id(), now.minus(Duration.ofDays(14)), now)
                .orElseThrow();

        assertThat(section.lines()).extracting(BriefLine::text).containsExactly("No journal entries shared.");
        assertThat(timeline().before(client.id(), now, 10)).isEmpty();
    }

    @Test
    void aLongEntryIsQuotedByItsTitleOrTheStartOfItsBody() {
        assertThat(SharedJournalBrief.quote("  A title  ", "The body")).isEqualTo("A title");
        assertThat(SharedJournalBrief.quote(null, "x".repeat(200))).isEqualTo("x".repeat(160) + "…");
    }

    private TimelineContributor timeline() {
        return timelines.stream()
                .filter(t -> t.kind() == TimelineKind.JOURNAL_SHARE)
                .findFirst()
                .orElseThrow();
    }
}
