package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;
import app.tandem.appointment.internal.AgendaService;
import app.tandem.appointment.internal.InvalidSessionException;
import app.tandem.appointment.internal.SessionService;
import app.tandem.appointment.schedule.Session;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of sessions and the client's agenda. A therapist lists a client's sessions or their own in a date range,
 * schedules one or a weekly series and changes a status; a client lists their upcoming sessions and keeps the agenda
 * of the next one (adds are idempotent with an Idempotency-Key).
 */
@RestController
class SessionApiController {

    static final int MAX_KEY = 100;
    static final int MAX_RANGE_DAYS = 62;

    private final SessionService sessions;
    private final AgendaService agenda;
    private final Clock clock;

    SessionApiController(SessionService sessions, AgendaService agenda, Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.clock = clock;
    }

    @GetMapping("/api/v1/sessions")
    List<SessionResponse> list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ZoneId zone = sessions.practiceZone(user);
        Instant now = clock.instant();
        Stream<Session> found;
        if (user.isClient()) {
            if (clientId != null && !clientId.equals(user.id().value())) {
                throw new AccessDeniedException("A client sees their own sessions");
            }
            found = sessions.ofClientBetween(user, user.id(), now, now.plus(Duration.ofDays(366))).stream()
                    .filter(s -> s.status() != SessionStatus.CANCELLED);
        } else if (clientId != null) {
            requireTherapist(user);
            found = sessions.ofClient(user, new UserId(clientId)).stream()
                    .filter(s -> from == null
                            || !s.startsAt().isBefore(from.atStartOfDay(zone).toInstant()))
                    .filter(s -> to == null
                            || s.startsAt().isBefore(to.atStartOfDay(zone).toInstant()));
        } else {
            requireTherapist(user);
            if (from == null || to == null || !to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
                throw InvalidSessionException.of("from", "appointment.error.range");
            }
            found =
                    sessions
                            .calendar(
                                    user,
                                    from.atStartOfDay(zone).toInstant(),
                                    to.atStartOfDay(zone).toInstant())
                            .stream();
        }
        return found.map(s -> SessionResponse.of(s, zone)).toList();
    }

    @PostMapping("/api/v1/sessions")
    ResponseEntity<List<SessionResponse>> create(
            @AuthenticationPrincipal CurrentUser user, @RequestBody SessionRequest body) {
        if (body.clientId() == null) {
            requireTherapist(user);
            throw InvalidSessionException.of("clientId", "appointment.error.client");
        }
        ZoneId zone = sessions.practiceZone(user);
        List<SessionResponse> made = sessions.schedule(user, new UserId(body.clientId()), body.draft()).stream()
                .map(s -> SessionResponse.of(s, zone))
                .toList();
        return ResponseEntity.created(URI.create("/api/v1/sessions?clientId=" + body.clientId()))
                .body(made);
    }

    @PostMapping("/api/v1/sessions/{id}/status")
    SessionResponse status(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody StatusRequest body) {
        return SessionResponse.of(sessions.changeStatus(user, id, body.status()), sessions.practiceZone(user));
    }

    @GetMapping("/api/v1/me/agenda")
    AgendaResponse agenda(@AuthenticationPrincipal CurrentUser user) {
        requireClient(user);
        return AgendaResponse.of(agenda.nextFor(user, user.id()), clock.instant());
    }

    @PostMapping("/api/v1/me/agenda")
    ResponseEntity<AgendaItemAdded> add(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody AgendaItemRequest body) {
        requireClient(user);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw InvalidSessionException.of("Idempotency-Key", "appointment.agenda.error.key");
        }
        String submission = key == null ? "api-anon:" + UUID.randomUUID() : "api:" + key;
        AgendaService.Added added = agenda.add(user, body.text(), submission);
        AgendaItemAdded response = AgendaItemAdded.of(added);
        if (added.repeated()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/me/agenda")).body(response);
    }

    @PostMapping("/api/v1/me/agenda/{id}/move")
    AgendaResponse move(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody MoveRequest body) {
        requireClient(user);
        if (body.direction() == null) {
            throw InvalidSessionException.of("direction", "appointment.error.direction");
        }
        agenda.move(user, id, body.direction() == MoveRequest.Direction.UP);
        return AgendaResponse.of(agenda.nextFor(user, user.id()), clock.instant());
    }

    @DeleteMapping("/api/v1/me/agenda/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireClient(user);
        agenda.remove(user, id);
        return ResponseEntity.noContent().build();
    }

    private static void requireClient(CurrentUser user) {
        if (user == null || !user.isClient()) {
            throw new AccessDeniedException("The agenda is the client's own");
        }
    }

    private static void requireTherapist(CurrentUser user) {
        if (user == null || !user.isTherapist()) {
            throw new AccessDeniedException("Only therapists record sessions");
        }
    }
}
