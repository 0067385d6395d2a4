package app.tandem.checkin.need;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@TandemIntegrationTest
@Import(CaseloadFixture.class)
class CheckInNeedsTest {

    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Autowired
    CheckInNeeds needs;

    @Autowired
    CaseloadFixture fixture;

    @Autowired
    TestData data;

    CurrentUser therapist;

    @BeforeEach
    void therapist() {
        therapist = data.aTherapist(data.aPractice());
    }

    @Test
    void moodFallingOverTwoWeeksIsAReason() {
        CurrentUser client = data.aClientOf(therapist);
        fixture.dailyMoods(client, TODAY, 8, 8, 7, 8, 7, 7, 6, 6, 5, 6, 5, 4, 4, 3);

        NeedFact fact = only(facts(client), NeedKind.MOOD_TREND_DOWN);

        assertThat(fact.severity()).as("about 2.5 points a week").isEqualTo(3);
        assertThat(fact.text())
                .startsWith("Mood falling by about 2.")
                .endsWith("over the last 14 days (14 days with a check-in)");
        assertThat(fact.link()).isEqualTo("/therapist/clients/" + client.id().value() + "/trends");
    }

    @Test
    void aSteadyOrNoisyMoodIsNoReason() {
        CurrentUser steady = data.aClientOf(therapist);
        fixture.dailyMoods(steady, TODAY, 6, 5, 7, 6, 5, 6, 7, 6, 5, 6, 7, 6, 5, 6);

        assertThat(facts(steady)).isEmpty();
    }

    @Test
    void aDailyCheckerSilentForFiveDaysHasStopped() {
        CurrentUser client = data.aClientOf(therapist);
        fixture.dailyMoods(client, TODAY.minusDays(5), 6, 6, 6, 6, 6, 6, 6, 6, 6, 6);

        NeedFact fact = only(facts(client), NeedKind.CHECK_INS_STOPPED);

        assertThat(fact.severity()).isEqualTo(1);
        assertThat(fact.text())
                .isEqualTo("No check-in for 5 days (last on " + TODAY.minusDays(5) + "); usually one every 1 day");
    }

    @Test
    void aClientWhoNeverCheckedInIsAbsent() {
        CurrentUser never = data.aClientOf(therapist);
        assertThat(needs.factsFor(List.of(never.id()), NOW)).isEmpty();
    }

    private List<NeedFact> facts(CurrentUser client) {
        return needs.factsFor(List.of(client.id()), NOW).getOrDefault(client.id(), List.of());
    }

    private static NeedFact only(List<NeedFact> facts, NeedKind kind) {
        List<NeedFact> of = facts.stream().filter(f -> f.kind() == kind).toList();
        assertThat(of).as(kind + " in " + facts).hasSize(1);
        return of.get(0);
    }
}
