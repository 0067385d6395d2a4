package app.tandem.habit.web;

import app.tandem.habit.internal.HabitService;
import app.tandem.habit.internal.TodayQueries;
import app.tandem.shared.CurrentUser;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of habits: list, create, patch (pause too), a day's outcome (idempotent with Idempotency-Key), today. */
@RestController
class HabitApiController {

    private static final int MAX_KEY = 100;

    private final HabitService habits;
    private final TodayQueries queries;
    private final Clock clock;

    HabitApiController(HabitService habits, TodayQueries queries, Clock clock) {
        this.habits = habits;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/habits")
    List<HabitResponse> list(@AuthenticationPrincipal CurrentUser user) {
        requireClient(user);
        return queries.habits(user.id(), user.zone()).stream()
                .map(HabitResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/habits")
    ResponseEntity<HabitResponse> create(@AuthenticationPrincipal CurrentUser user, @RequestBody HabitRequest body) {
        requireClient(user);
        UUID id = habits.create(user, body.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/habits/" + id)).body(HabitResponse.of(queries.one(user, id)));
    }

    @PatchMapping("/api/v1/habits/{id}")
    HabitResponse patch(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody HabitRequest body) {
        requireClient(user);
        TodayQueries.HabitView current = queries.one(user, id);
        if (body.editsTheHabit()) {
            habits.update(user, id, body.over(current.habit()));
        }
        if (body.paused() != null && body.paused() != current.habit().paused()) {
            habits.setPaused(user, id, body.paused());
        }
        return HabitResponse.of(queries.one(user, id));
    }

    @PostMapping("/api/v1/habits/{id}/completions")
    ResponseEntity<CompletionResponse> complete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CompletionRequest body) {
        requireClient(user);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw HabitApiErrors.BadHeader.of("Idempotency-Key", "habit.error.idempotencyKey");
        }
        String submission = key == null ? "api-anon:" + UUID.randomUUID() : "api:" + key;
        HabitService.Recorded saved = habits.complete(user, id, body.outcome(), body.note(), submission);
        CompletionResponse response = CompletionResponse.of(saved);
        if (saved.repeated()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/habits/" + id + "/completions/" + response.id()))
                .body(response);
    }

    @GetMapping("/api/v1/me/today")
    TodayResponse today(@AuthenticationPrincipal CurrentUser user) {
        requireClient(user);
        List<HabitResponse> due = queries.dueToday(user.id(), user.zone()).stream()
                .map(HabitResponse::of)
                .toList();
        return new TodayResponse(
                LocalDate.now(clock.withZone(user.zone())),
                user.timeZone(),
                due.stream().filter(h -> h.kind().equals("HABIT")).toList(),
                due.stream().filter(h -> h.kind().equals("HOMEWORK")).toList());
    }

    private static void requireClient(CurrentUser user) {
        if (user == null || !user.isClient()) {
            throw new AccessDeniedException("Habits are a client's own");
        }
    }
}
