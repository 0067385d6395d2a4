package app.tandem.checkin.web;

import app.tandem.checkin.internal.CheckInDraft;
import app.tandem.checkin.internal.CheckInQueries;
import app.tandem.checkin.internal.CheckInRecorder;
import app.tandem.checkin.internal.StoredCheckIn;
import app.tandem.checkin.internal.Violation;
import app.tandem.checkin.trend.TrendPage;
import app.tandem.checkin.trend.Trends;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.IdempotencyKeyReusedException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for a client's own check-ins: create (idempotent with {@code Idempotency-Key}) and list. */
@RestController
@RequestMapping("/api/v1/checkins")
class CheckInApiController {

    static final int MAX_DAYS = 400;
    static final int DEFAULT_DAYS = 30;
    private static final int MAX_KEY = 100;

    private final CheckInRecorder recorder;
    private final CheckInQueries queries;
    private final Practices practices;
    private final Trends trends;
    private final Clock clock;

    CheckInApiController(
            CheckInRecorder recorder, CheckInQueries queries, Practices practices, Trends trends, Clock clock) {
        this.recorder = recorder;
        this.queries = queries;
        this.practices = practices;
        this.trends = trends;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CheckInResponse> create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CheckInRequest body) {
        requireClient(user);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw new ApiRequestException(new Violation("Idempotency-Key", "checkin.error.idempotencyKey"));
        }
        String submission = key == null ? "api-anon:" + UUID.randomUUID() : "api:" + key;
        CheckInDraft draft = new CheckInDraft(
                body.mood(),
                body.anxiety(),
                body.sleepHours(),
                body.sleepQuality(),
                body.energy(),
                body.emotions(),
                body.tags(),
                body.note(),
                recordedAt(body.recordedAt(), user.zone()));
        CheckInRecorder.Recorded saved = recorder.record(user, draft, submission);
        CheckInResponse response = CheckInResponse.of(
                saved.checkIn().view(),
                saved.safety(),
                saved.safety().showCrisisCard() ? practices.crisisResources(user.practiceId()) : List.of());
        if (saved.repeated()) {
            if (key != null && !draft.sameAs(saved.checkIn().view())) {
                throw IdempotencyKeyReusedException.forKey(key);
            }
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/checkins/" + saved.id()))
                .body(response);
    }

    @GetMapping
    Listing list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        requireClient(user);
        LocalDate end = to == null ? LocalDate.now(clock.withZone(user.zone())) : date("to", to);
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw new ApiRequestException(new Violation("from", "checkin.error.range.order"));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new ApiRequestException(new Violation("from", "checkin.error.range.days", MAX_DAYS));
        }
        List<StoredCheckIn> found = queries.between(user, user.id(), start, end);
        return new Listing(
                start,
                end,
                found.stream()
                        .map(c -> CheckInResponse.of(c.view(), CheckInRecorder.outcomeOf(c), List.of()))
                        .toList());
    }

    /** Daily means, 7-day averages, the SVG charts and the insights, as the trends page shows them. */
    @GetMapping("/trends")
    TrendPage trends(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer days) {
        requireClient(user);
        if (days != null && !Trends.RANGES.contains(days)) {
            throw new ApiRequestException(new Violation("days", "checkin.error.days"));
        }
        return trends.page(user, user.id(), user.zone(), Trends.range(days));
    }

    record Listing(LocalDate from, LocalDate to, List<CheckInResponse> checkIns) {}

    private static void requireClient(CurrentUser user) {
        if (!user.isClient()) {
            throw new AccessDeniedException("Only clients record check-ins");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                throw new ApiRequestException(new Violation(field, "checkin.error.date"));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ApiRequestException(new Violation(field, "checkin.error.date"));
        }
    }

    /** ISO-8601 with an offset or Z; without one, a wall-clock time in the client's zone. */
    private static Instant recordedAt(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new ApiRequestException(new Violation("recordedAt", "checkin.error.recordedAt.format"));
            }
        }
    }
}
