package app.tandem.caseload.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.shared.UserId;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anAlertOutranksOtherReasonsByItsLevel() {
        List<Integer> strongest = Arrays.stream(NeedKind.values())
                .filter(k -> k != NeedKind.OPEN_ALERT)
                .map(k -> NeedWeights.points(k, 3))
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        int all = strongest.stream().mapToInt(Integer::intValue).sum();

        assertThat(NeedWeights.points(NeedKind.OPEN_ALERT, 3))
                .as("high > all others")
                .isGreaterThan(all);
        assertThat(NeedWeights.points(NeedKind.OPEN_ALERT, 2))
                .as("moderate > any two others")
                .isGreaterThan(strongest.get(0) + strongest.get(1));
        assertThat(NeedWeights.points(NeedKind.OPEN_ALERT, 1))
                .as("low > any other")
                .isGreaterThan(strongest.get(0));
    }

    @Test
    void pointsGrowWithSeverityForEveryKind() {
        for (NeedKind kind : NeedKind.values()) {
            assertThat(NeedWeights.points(kind, 1)).as(kind.name()).isPositive();
            assertThat(NeedWeights.points(kind, 2)).as(kind.name()).isGreaterThanOrEqualTo(NeedWeights.points(kind, 1));
            assertThat(NeedWeights.points(kind, 3)).as(kind.name()).isGreaterThanOrEqualTo(NeedWeights.points(kind, 2));
        }
    }

    @Test
    void refusesASeverityOutsideOneToThree() {
        assertThatThrownBy(() -> NeedWeights.points(NeedKind.OFF_TRACK, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NeedWeights.points(NeedKind.OFF_TRACK, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoreIsTheSumOfEveryReasonAndReasonsComeLargestFirst() {
        TriagedClient client = client(
                "Sam",
                fact(NeedKind.HOMEWORK_MISSED, 1),
                fact(NeedKind.OPEN_ALERT, 2),
                fact(NeedKind.MOOD_TREND_DOWN, 2));

        assertThat(client.score()).isEqualTo(3 + 90 + 12);
        assertThat(client.reasons())
                .extracting(Reason::kind)
                .containsExactly(NeedKind.OPEN_ALERT, NeedKind.MOOD_TREND_DOWN, NeedKind.HOMEWORK_MISSED);
        assertThat(client.reasons()).extracting(Reason::points).containsExactly(90, 12, 3);
    }

    @Test
    void triageOrderIsHighestScoreFirstThenName() {
        TriagedClient quiet = client("Aaron");
        TriagedClient low = client("Zoe", fact(NeedKind.CHECK_INS_STOPPED, 1));
        TriagedClient alert = client("Mia", fact(NeedKind.OPEN_ALERT, 3));
        TriagedClient sameAsLow = client("Bea", fact(NeedKind.CHECK_INS_STOPPED, 1));

        List<TriagedClient> ordered = List.of(quiet, low, alert, sameAsLow).stream()
                .sorted(TriagedClient.TRIAGE_ORDER)
                .toList();

        assertThat(ordered).extracting(TriagedClient::name).containsExactly("Mia", "Bea", "Zoe", "Aaron");
    }

    @Test
    void anUpcomingSessionAloneIsNotAWorryButCountsForTheSessionTodayFilter() {
        TriagedClient today = client("Ana", fact(NeedKind.SESSION_SOON, 2));
        TriagedClient tomorrow = client("Ben", fact(NeedKind.SESSION_SOON, 1));
        TriagedClient worried = client("Cy", fact(NeedKind.OFF_TRACK, 1));

        assertThat(CaseloadFilter.ATTENTION.accepts(today)).isFalse();
        assertThat(CaseloadFilter.ATTENTION.accepts(worried)).isTrue();
        assertThat(CaseloadFilter.TODAY.accepts(today)).isTrue();
        assertThat(CaseloadFilter.TODAY.accepts(tomorrow)).isFalse();
        assertThat(CaseloadFilter.ALL.accepts(client("Dee"))).isTrue();
    }

    @Test
    void unknownFilterNamesShowEveryone() {
        assertThat(CaseloadFilter.parse("attention")).isEqualTo(CaseloadFilter.ATTENTION);
        assertThat(CaseloadFilter.parse(" TODAY ")).isEqualTo(CaseloadFilter.TODAY);
        assertThat(CaseloadFilter.parse("<script>")).isEqualTo(CaseloadFilter.ALL);
        assertThat(CaseloadFilter.parse(null)).isEqualTo(CaseloadFilter.ALL);
    }

    private static TriagedClient client(String name, NeedFact... facts) {
        return new TriagedClient(
                UserId.random(), name, Arrays.stream(facts).map(Reason::of).toList());
    }

    private static NeedFact fact(NeedKind kind, int severity) {
        return new NeedFact(kind, severity, kind.name(), "/therapist", NOW);
    }
}
