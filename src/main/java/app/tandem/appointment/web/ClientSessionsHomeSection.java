package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.SessionService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.today.NextStep;
import app.tandem.shared.today.NextStepContributor;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Upcoming sessions" on the client's home: the next few, and a way to the agenda. A session in the coming
 * {@value #AGENDA_DAYS} days is also a next step on Today: noting what to talk about (last among the next steps, as
 * it has no deadline before the session starts).
 */
@Component
class ClientSessionsHomeSection implements PageSection, NextStepContributor {

    static final int SHOWN = 3;
    static final int AGENDA_DAYS = 7;

    private final SessionService sessions;
    private final Clock clock;

    ClientSessionsHomeSection(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.CLIENT_HOME;
    }

    @Override
    public int order() {
        return 320; // after the daily actions (Today, check-in, relief, questionnaires)
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.isClient()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ZoneId zone = sessions.practiceZone(viewer);
        List<SessionRow> next =
                sessions.ofClientBetween(viewer, viewer.id(), now, now.plus(Duration.ofDays(120))).stream()
                        .filter(s -> s.status() == SessionStatus.SCHEDULED)
                        .limit(SHOWN)
                        .map(s -> SessionRow.of(s, zone, viewer.zone(), null, now))
                        .toList();
        return Optional.of(new SectionView("appointment/home-section", Map.of("upcoming", next, "zone", zone.getId())));
    }

    @Override
    public Optional<NextStep> nextFor(CurrentUser client) {
        Instant now = clock.instant();
        return sessions.ofClientBetween(client, client.id(), now, now.plus(Duration.ofDays(AGENDA_DAYS))).stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED)
                .findFirst()
                .map(s -> new NextStep(
                        NextStep.Kind.SESSION_AGENDA,
                        DateTimeFormatter.ofPattern("EEEE d MMMM, h:mm a", LocaleContextHolder.getLocale())
                                .format(s.startsAt().atZone(client.zone())),
                        "/client/sessions#agenda"));
    }
}
