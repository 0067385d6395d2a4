package app.tandem.appointment.internal;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.schedule.Session;
import app.tandem.appointment.schedule.WeeklySeries;
import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a client's sessions for their therapist (single or weekly series in the practice's zone), moves them,
 * marks what happened and cancels the rest of a series; reads them for the therapist and the client. Care access is
 * checked and every read and write audited here.
 */
@Service
public class SessionService {

    static final String AUDIT = "sessions";
    private static final Logger log = LoggerFactory.getLogger(SessionService.class);

    private final TherapySessionRepository sessions;
    private final AgendaRepository agenda;
    private final CareAccess care;
    private final AuditTrail audit;
    private final Practices practices;
    private final Clock clock;

    SessionService(
            TherapySessionRepository sessions,
            AgendaRepository agenda,
            CareAccess care,
            AuditTrail audit,
            Practices practices,
            Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.care = care;
        this.audit = audit;
        this.practices = practices;
        this.clock = clock;
    }

    /** Schedules one session ({@code weeks} 1) or a weekly series for a client in the therapist's care. */
    @Transactional
    public List<Session> schedule(CurrentUser therapist, UserId clientId, SessionDraft draft) {
        requireTherapist(therapist);
        Person client = care.requireClinicalAccess(therapist, clientId);
        ZoneId zone = practiceZone(client);
        int weeks = draft.weeks() == null ? 1 : draft.weeks();
        if (weeks < 1 || weeks > WeeklySeries.MAX_WEEKS) {
            throw InvalidSessionException.of("weeks", "appointment.error.weeks");
        }
        requireComplete(draft);
        Instant now = clock.instant();
        if (ZonedDateTime.of(draft.date(), draft.time(), zone).toInstant().isBefore(now.minusSeconds(366L * 86400))) {
            throw InvalidSessionException.of("date", "appointment.error.date");
        }
        UUID series = weeks > 1 ? UUID.randomUUID() : null;
        List<Session> created = new ArrayList<>();
        for (Instant start : new WeeklySeries(draft.date(), draft.time(), weeks, zone).starts()) {
            Session s = new Session(
                    UUID.randomUUID(),
                    client.practiceId(),
                    client.id(),
                    therapist.id(),
                    series,
                    start,
                    draft.minutes(),
                    draft.modality(),
                    SessionStatus.SCHEDULED);
            sessions.insert(s, now);
            created.add(s);
        }
        audit.write(client.practiceId(), client.id(), AUDIT);
        log.info("{} session(s) scheduled, series {}", created.size(), series);
        return created;
    }

    /** Moves a scheduled session that has not started to another date, time, length or modality. */
    @Transactional
    public Session reschedule(CurrentUser therapist, UUID id, SessionDraft draft) {
        Session old = writable(therapist, id);
        requireComplete(draft);
        ZoneId zone = practiceZone(care.requireClinicalAccess(therapist, old.client()));
        Instant start = ZonedDateTime.of(LocalDateTime.of(draft.date(), draft.time()), zone)
                .toInstant();
        Instant now = clock.instant();
        Session moved;
        try {
            moved = old.rescheduled(start, draft.minutes(), draft.modality(), now);
        } catch (IllegalStateException started) {
            throw InvalidSessionException.conflicting("date", "appointment.error.started");
        }
        sessions.update(moved, now);
        audit.write(old.practice(), old.client(), AUDIT);
        return moved;
    }

    /** Marks a session attended, no-show, cancelled or scheduled again, as the status rules allow. */
    @Transactional
    public Session changeStatus(CurrentUser therapist, UUID id, SessionStatus status) {
        Session old = writable(therapist, id);
        if (status == null) {
            throw InvalidSessionException.of("status", "appointment.error.status");
        }
        Instant now = clock.instant();
        Session changed;
        try {
            changed = old.becoming(status, now);
        } catch (IllegalStateException refused) {
            throw InvalidSessionException.conflicting(
                    "status", status.needsStart() ? "appointment.error.notStarted" : "appointment.error.started");
        }
        sessions.update(changed, now);
        if (status == SessionStatus.CANCELLED && !old.hasStarted(now)) {
            carryAgenda(old, now);
        }
        audit.write(old.practice(), old.client(), AUDIT);
        log.info("Session {} now {}", id, status);
        return changed;
    }

    /** Cancels this session and every later scheduled one of its series; returns how many were cancelled. */
    @Transactional
    public int cancelRest(CurrentUser therapist, UUID id) {
        Session from = writable(therapist, id);
        if (from.seriesId() == null) {
            throw InvalidSessionException.of("series", "appointment.error.noSeries");
        }
        Instant now = clock.instant();
        List<UUID> cancelled = sessions.cancelRest(from.seriesId(), from.startsAt(), now);
        for (UUID c : cancelled) {
            sessions.find(c).filter(s -> !s.hasStarted(now)).ifPresent(s -> carryAgenda(s, now));
        }
        audit.write(from.practice(), from.client(), AUDIT);
        log.info("Series {}: {} session(s) cancelled", from.seriesId(), cancelled.size());
        return cancelled.size();
    }

    /** A session the viewer may see (404 otherwise), read for the edit page. */
    @Transactional(readOnly = true)
    public Session get(CurrentUser viewer, UUID id) {
        Session s = visible(viewer, id);
        audit.read(s.practice(), s.client(), AUDIT);
        return s;
    }

    /** All of a client's sessions, oldest first, for their therapist or the client. */
    @Transactional(readOnly = true)
    public List<Session> ofClient(CurrentUser viewer, UserId client) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), client, AUDIT);
        return sessions.ofClient(client);
    }

    /** A client's sessions that start in a range. */
    @Transactional(readOnly = true)
    public List<Session> ofClientBetween(CurrentUser viewer, UserId client, Instant from, Instant to) {
        Person person = care.requireClinicalAccess(viewer, client);
        audit.read(person.practiceId(), client, AUDIT);
        return sessions.ofClientBetween(client, from, to);
    }

    /** The therapist's own sessions in a range, across the caseload; each client whose session is shown is audited. */
    @Transactional(readOnly = true)
    public List<Session> calendar(CurrentUser therapist, Instant from, Instant to) {
        requireTherapist(therapist);
        List<Session> found = sessions.ofTherapistBetween(therapist.id(), from, to).stream()
                .filter(s -> care.canSeeClinicalData(therapist, s.client()))
                .toList();
        new LinkedHashSet<>(found.stream().map(Session::client).toList())
                .forEach(c -> audit.read(therapist.practiceId(), c, AUDIT));
        return found;
    }

    /** The practice's zone, in which sessions are planned and shown. */
    public ZoneId practiceZone(CurrentUser user) {
        return practices.get(user.practiceId()).zone();
    }

    private ZoneId practiceZone(Person person) {
        return practices.get(person.practiceId()).zone();
    }

    private void carryAgenda(Session cancelled, Instant now) {
        sessions.nextScheduled(cancelled.client(), now)
                .filter(next -> !next.id().equals(cancelled.id()))
                .ifPresent(next -> agenda.carryOver(cancelled.id(), next.id(), agenda.nextPosition(next.id()) - 1));
    }

    private Session visible(CurrentUser viewer, UUID id) {
        return sessions.find(id)
                .filter(s -> care.canSeeClinicalData(viewer, s.client()))
                .orElseThrow(() -> SessionNotFoundException.session(id));
    }

    private Session writable(CurrentUser therapist, UUID id) {
        requireTherapist(therapist);
        return visible(therapist, id);
    }

    private static void requireTherapist(CurrentUser user) {
        if (!user.isTherapist()) {
            throw new AccessDeniedException("Only therapists record sessions");
        }
    }

    private static void requireComplete(SessionDraft d) {
        if (d.date() == null) {
            throw InvalidSessionException.of("date", "appointment.error.date");
        }
        if (d.time() == null) {
            throw InvalidSessionException.of("time", "appointment.error.time");
        }
        if (d.minutes() == null || d.minutes() < Session.MIN_MINUTES || d.minutes() > Session.MAX_MINUTES) {
            throw InvalidSessionException.of("minutes", "appointment.error.minutes");
        }
        if (d.modality() == null) {
            throw InvalidSessionException.of("modality", "appointment.error.modality");
        }
    }
}
