package app.tandem.appointment.internal;

import app.tandem.appointment.SessionTimes;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.UserId;
import app.tandem.shared.workspace.SessionCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When a client's sessions are, from the stored sessions; callers check access. */
@Component
class StoredSessionCalendar implements SessionCalendar, SessionTimes {

    private final TherapySessionRepository sessions;

    StoredSessionCalendar(TherapySessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lastSessionBefore(UserId client, Instant now) {
        return sessions.lastAttendedBefore(client, now).map(Session::startsAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> nextSessionFrom(UserId client, Instant now) {
        return sessions.nextScheduled(client, now).map(Session::startsAt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instant> startsBetween(UserId client, Instant from, Instant to) {
        return sessions.ofClientBetween(client, from, to).stream()
                .filter(s -> s.status() != app.tandem.appointment.SessionStatus.CANCELLED)
                .map(Session::startsAt)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<Instant>> startsBetween(Collection<UserId> clients, Instant from, Instant to) {
        Map<UserId, List<Instant>> starts = new LinkedHashMap<>();
        sessions.ofClientsBetween(clients, from, to).stream()
                .filter(s -> s.status() != app.tandem.appointment.SessionStatus.CANCELLED)
                .forEach(s -> starts.computeIfAbsent(s.client(), c -> new ArrayList<>())
                        .add(s.startsAt()));
        return starts;
    }
}
