package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.SessionService;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageSection;
import app.tandem.shared.web.SectionView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** In the header of the therapist's page for a client: when the next session is (or that none is scheduled). */
@Component
class NextSessionFact implements PageSection {

    private final SessionService sessions;
    private final Clock clock;

    NextSessionFact(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.THERAPIST_CLIENT_HEADER;
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
        Map<String, Object> model = new HashMap<>();
        sessions.ofClient(viewer, subject).stream()
                .filter(s -> !s.hasStarted(now) && s.status() != SessionStatus.CANCELLED)
                .findFirst()
                .ifPresent(s -> model.put("next", SessionRow.of(s, zone, viewer.zone(), null, now)));
        return Optional.of(new SectionView("appointment/header-fact", model));
    }
}
