package app.tandem.coping.web;

import app.tandem.coping.internal.Toolbox;
import app.tandem.coping.internal.UseDraft;
import app.tandem.coping.internal.UseQueries;
import app.tandem.coping.internal.UseRecorder;
import app.tandem.coping.internal.Violation;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the toolbox: the techniques, a use (idempotent with {@code Idempotency-Key}), and what has helped. */
@RestController
class TechniqueApiController {

    private static final int MAX_KEY = 100;

    private final Toolbox toolbox;
    private final UseRecorder recorder;
    private final UseQueries queries;
    private final Reasons reasons;
    private final Practices practices;

    TechniqueApiController(
            Toolbox toolbox, UseRecorder recorder, UseQueries queries, Reasons reasons, Practices practices) {
        this.toolbox = toolbox;
        this.recorder = recorder;
        this.queries = queries;
        this.reasons = reasons;
        this.practices = practices;
    }

    @GetMapping("/api/v1/techniques")
    List<TechniqueResponse> techniques(@AuthenticationPrincipal CurrentUser user) {
        return toolbox.offered(user.practiceId()).stream()
                .map(TechniqueResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/technique-uses")
    ResponseEntity<TechniqueUseResponse> use(
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody TechniqueUseRequest body) {
        requireClient(user);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw CopingApiErrors.BadRequest.of(new Violation("Idempotency-Key", "coping.error.idempotencyKey"));
        }
        String submission = key == null ? "api-anon:" + UUID.randomUUID() : "api:" + key;
        UseDraft draft = new UseDraft(
                body.techniqueId(),
                body.variant(),
                body.context(),
                body.before(),
                body.after(),
                body.durationSeconds(),
                body.completed(),
                body.answers(),
                Boolean.TRUE.equals(body.shared()));
        UseRecorder.Recorded saved = recorder.record(user, draft, submission);
        boolean offer = saved.safety().showCrisisCard() || saved.use().offersCrisisSupport();
        TechniqueUseResponse response = TechniqueUseResponse.of(
                saved.use(), saved.safety(), offer ? practices.crisisResources(user.practiceId()) : List.of());
        if (saved.repeated()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/technique-uses/" + saved.use().id()))
                .body(response);
    }

    @GetMapping("/api/v1/me/technique-stats")
    TechniqueStatsResponse stats(@AuthenticationPrincipal CurrentUser user) {
        requireClient(user);
        return TechniqueStatsResponse.of(reasons.explain(queries.ranking(user, user.id())));
    }

    private static void requireClient(CurrentUser user) {
        if (!user.isClient()) {
            throw new AccessDeniedException("Only clients record and read their technique uses");
        }
    }
}
