package app.tandem.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.BriefContributor;
import app.tandem.shared.workspace.BriefLine;
import app.tandem.shared.workspace.BriefSection;
import app.tandem.shared.workspace.NeedContributor;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import app.tandem.shared.workspace.SessionCalendar;
import app.tandem.shared.workspace.TimelineContributor;
import app.tandem.shared.workspace.TimelineEntry;
import app.tandem.shared.workspace.TimelineKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the sessions module tells the workspace: last and next session, session soon, the agenda brief, timeline. */
@TandemIntegrationTest
class WorkspaceContributionsTest {

    static final ZoneId PRACTICE = ZoneId.of("America/New_York");

    @Autowired
    TestData data;

    @Autowired
    AppointmentHistory history;

    @Autowired
    SessionCalendar calendar;

    @Autowired
    List<NeedContributor> needs;

    @Autowired
    List<BriefContributor> briefs;

    @Autowired
    List<TimelineContributor> timelines;

    CurrentUser therapist;
    CurrentUser client;
    Instant now;

    @BeforeEach
    void people() {
        therapist = data.aTherapist(data.aPractice());
        client = data.aClientOf(therapist);
        now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Test
    void theCalendarKnowsTheLastAttendedAndTheNextScheduledSession() {
        Instant attended = now.minus(Duration.ofDays(7));
        session(attended, SessionStatus.ATTENDED);
        session(now.minus(Duration.ofDays(3)), SessionStatus.NO_SHOW);
        Instant next = now.plus(Duration.ofDays(5));
        session(now.plus(Duration.ofDays(2)), SessionStatus.CANCELLED);
        session(next, SessionStatus.SCHEDULED);

        assertThat(calendar.lastSessionBefore(client.id(), now)).contains(attended);
        assertThat(calendar.nextSessionFrom(client.id(), now)).contains(next);
    }

    @Test
    void aSessionTomorrowIsANeedButOneNextWeekIsNot() {
        LocalDate today = now.atZone(PRACTICE).toLocalDate();
        session(
                ZonedDateTime.of(today.plusDays(1), LocalTime.of(15, 0), PRACTICE)
                        .toInstant(),
                SessionStatus.SCHEDULED);
        CurrentUser later = data.aClientOf(therapist);
        history.session(
                therapist.practiceId(),
                later.id(),
                therapist.id(),
                now.plus(Duration.ofDays(7)),
                50,
                Modality.VIDEO,
                SessionStatus.SCHEDULED);

        Map<app.tandem.shared.UserId, List<NeedFact>> facts =
                appointment(needs).factsFor(List.of(client.id(), later.id()), now);

        assertThat(facts).containsOnlyKeys(client.id());
        NeedFact fact = facts.get(client.id()).get(0);
        assertThat(fact.kind()).isEqualTo(NeedKind.SESSION_SOON);
        assertThat(fact.severity()).isEqualTo(1);
        assertThat(fact.text()).isEqualTo("Session tomorrow at 15:00");
    }

    @Test
    void aSessionLaterTodayIsTheStrongerReasonTheCaseloadFiltersOn() {
        LocalDate tomorrow = now.atZone(PRACTICE).toLocalDate().plusDays(1);
        Instant morning =
                ZonedDateTime.of(tomorrow, LocalTime.of(9, 0), PRACTICE).toInstant();
        session(ZonedDateTime.of(tomorrow, LocalTime.of(15, 0), PRACTICE).toInstant(), SessionStatus.SCHEDULED);

        NeedFact fact = appointment(needs)
                .factsFor(List.of(client.id()), morning)
                .get(client.id())
                .get(0);

        assertThat(fact.severity()).isEqualTo(2);
        assertThat(fact.text()).isEqualTo("Session today at 15:00");
    }

    @Test
    void theBriefStartsWithTheAgendaAsWrittenThenTheSessionsSinceTheLastOne() {
        session(now.minus(Duration.ofDays(14)), SessionStatus.ATTENDED);
        session(now.minus(Duration.ofDays(7)), SessionStatus.NO_SHOW);
        UUID next = session(now.plus(Duration.ofDays(2)), SessionStatus.SCHEDULED);
        history.agenda(therapist.practiceId(), client.id(), next, List.of("My sister's visit", "Sleep"));

        BriefSection section = appointment(briefs)
                .sectionFor(client.id(), now.minus(Duration.ofDays(10)), now)
                .orElseThrow();

        assertThat(section.order()).isEqualTo(10);
        assertThat(section.lines())
                .extracting(BriefLine::text)
                .containsExactly(
                        "Wants to talk about: \u201cMy sister's visit\u201d",
                        "Wants to talk about: \u201cSleep\u201d",
                        "No-show: " + section.lines().get(2).text().substring("No-show: ".length()));
        assertThat(section.lines().get(0).link()).isEqualTo("/therapist/clients/" + client.id() + "#agenda");
    }

    @Test
    void theTimelinePagesSessionsNewestFirst() {
        session(now.minus(Duration.ofDays(21)), SessionStatus.ATTENDED);
        session(now.minus(Duration.ofDays(14)), SessionStatus.CANCELLED);
        session(now.minus(Duration.ofDays(7)), SessionStatus.ATTENDED);
        TimelineContributor timeline = timelines.stream()
                .filter(t -> t.kind() == TimelineKind.SESSION)
                .findFirst()
                .orElseThrow();

        List<TimelineEntry> page = timeline.before(client.id(), now, 2);
        assertThat(page).hasSize(2);
        assertThat(page.get(0).at()).isAfter(page.get(1).at());
        assertThat(page.get(1).text()).startsWith("Cancelled: ");
        assertThat(timeline.before(client.id(), page.get(1).at(), 2)).hasSize(1);
    }

    private UUID session(Instant start, SessionStatus status) {
        return history.session(
                therapist.practiceId(), client.id(), therapist.id(), start, 50, Modality.IN_PERSON, status);
    }

    private static <T> T appointment(List<T> contributors) {
        return contributors.stream()
                .filter(c -> c.getClass().getName().startsWith("app.tandem.appointment"))
                .findFirst()
                .orElseThrow();
    }
}
