package app.tandem.appointment.web;

import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.AgendaService;
import app.tandem.appointment.internal.SessionService;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Sessions on the therapist's page for a client: upcoming with actions, the client's agenda, past, and a form. */
@Component
class TherapistSessionsSection implements PageSection {

    static final int PAST_SHOWN = 12;

    private final SessionService sessions;
    private final AgendaService agenda;
    private final Clock clock;

    TherapistSessionsSection(SessionService sessions, AgendaService agenda, Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT;
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
        if (!viewer.isTherapist()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ZoneId zone = sessions.practiceZone(viewer);
        List<Session> all = sessions.ofClient(viewer, subject);
        List<SessionRow> upcoming = all.stream()
                .filter(s -> !s.hasStarted(now) && s.status() != SessionStatus.CANCELLED)
                .map(s -> SessionRow.of(s, zone, viewer.zone(), null, now))
                .toList();
        List<Session> before = new ArrayList<>(all.stream()
                .filter(s -> s.hasStarted(now) || s.status() == SessionStatus.CANCELLED)
                .toList());
        Collections.reverse(before);
        List<SessionRow> past = before.stream()
                .limit(PAST_SHOWN)
                .map(s -> SessionRow.of(s, zone, viewer.zone(), null, now))
                .toList();
        return Optional.of(new SectionView(
                "appointment/therapist-section",
                Map.of(
                        "clientId", subject.value(),
                        "zone", zone.getId(),
                        "upcoming", upcoming,
                        "past", past,
                        "agenda", agenda.nextFor(viewer, subject).items(),
                        "modalities", Modality.values(),
                        "today", LocalDate.now(clock.withZone(zone)))));
    }
}
