package app.tandem.measure.need;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.Measures;
import app.tandem.measure.internal.ResponseCorrections;
import app.tandem.measure.internal.ResponseService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@TandemIntegrationTest
@Import(CaseloadFixture.class)
class MeasureNeedsTest {

    private static final Instant NOW = Instant.now();
    private static final Instant LAST_SCORE = NOW.minus(Duration.ofDays(1));

    @Autowired
    MeasureNeeds needs;

    @Autowired
    CaseloadFixture fixture;

    @Autowired
    Measures measures;

    @Autowired
    ResponseCorrections corrections;

    @Autowired
    TestData data;

    CurrentUser therapist;

    @BeforeEach
    void therapist() {
        therapist = data.aTherapist(data.aPractice());
    }

    @Test
    void aReliablyWorseScoreSinceTheFirstIsAReason() {
        CurrentUser client = data.aClientOf(therapist);
        fixture.weeklyScores(client, "phq9", LAST_SCORE, 9, 12, 17);

        NeedFact fact = only(facts(client), NeedKind.RELIABLE_DETERIORATION);

        assertThat(fact.severity()).as("above caseness").isEqualTo(2);
        assertThat(fact.text()).isEqualTo("PHQ-9 reliably worse since the first score (9 \u2192 17)");
        assertThat(fact.link()).isEqualTo("/therapist/clients/" + client.id().value() + "/measures");
        assertThat(fact.observedAt())
                .isCloseTo(
                        LAST_SCORE, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aScoreWorseThanTheExpectedRecoveryIsOffTrack() {
        CurrentUser client = data.aClientOf(therapist);
        // start 18: after 6 weeks about 13 is expected, 17 would still be on track, 18 is not
        fixture.weeklyScores(client, "phq9", LAST_SCORE, 18, 18, 17, 18, 18, 18, 18);

        List<NeedFact> facts = facts(client);

        NeedFact fact = only(facts, NeedKind.OFF_TRACK);
        assertThat(fact.severity()).isEqualTo(1);
        assertThat(fact.text()).isEqualTo("PHQ-9 off track: 18 in week 6, about 13 expected after a start of 18");
        assertThat(facts).extracting(NeedFact::kind).doesNotContain(NeedKind.RELIABLE_DETERIORATION);
    }

    @Test
    void aScoreAboveCasenessRisingTwiceInARowIsStronger() {
        CurrentUser client = data.aClientOf(therapist);
        fixture.weeklyScores(client, "gad7", LAST_SCORE, 8, 9, 12);

        NeedFact fact = only(facts(client), NeedKind.ABOVE_CASENESS_RISING);

        assertThat(fact.severity()).isEqualTo(2);
        assertThat(fact.text()).isEqualTo("GAD-7 above caseness and rising (9 \u2192 12)");
    }

    @Test
    void aClientRecoveringAsExpectedHasNoReason() {
        CurrentUser recovering = data.aClientOf(therapist);
        CurrentUser oneScore = data.aClientOf(therapist);
        fixture.weeklyScores(recovering, "phq9", LAST_SCORE, 20, 15, 10, 7);
        fixture.weeklyScores(oneScore, "phq9", LAST_SCORE, 22);

        Map<UserId, List<NeedFact>> facts = needs.factsFor(List.of(recovering.id(), oneScore.id()), NOW);

        assertThat(facts).isEmpty();
    }

    @Test
    void aCorrectedScoreCountsInsteadOfTheOriginal() {
        CurrentUser client = data.aClientOf(therapist);
        fixture.weeklyScores(client, "phq9", LAST_SCORE, 9, 17);
        assertThat(facts(client)).extracting(NeedFact::kind).contains(NeedKind.RELIABLE_DETERIORATION);
        MeasureResponse latest = measures.completedResponses(client.id()).stream()
                .filter(r -> r.total() == 17)
                .findFirst()
                .orElseThrow();

        corrections.correct(
                latest,
                measures.catalog().get("phq9"),
                new ResponseService.Answers(List.of(1, 1, 1, 1, 1, 1, 1, 3, 0), Map.of(), true, null, null),
                "Entered the wrong answers");

        assertThat(facts(client)).extracting(NeedFact::kind).doesNotContain(NeedKind.RELIABLE_DETERIORATION);
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
