package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.ResponseQueries;
import app.tandem.measure.internal.ResponseService;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.measure.internal.SaveResult;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.IdempotencyKeyReusedException;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The questionnaire API: instruments the practice offers, submitting complete responses, and the caller's results. */
@RestController
class MeasureApiController {

    private static final int MAX_TOKEN = 100;

    private final InstrumentCatalog catalog;
    private final Enablement enablement;
    private final ResponseService responses;
    private final ResponseQueries queries;

    MeasureApiController(
            InstrumentCatalog catalog, Enablement enablement, ResponseService responses, ResponseQueries queries) {
        this.catalog = catalog;
        this.enablement = enablement;
        this.responses = responses;
        this.queries = queries;
    }

    @GetMapping("/api/v1/instruments")
    List<InstrumentDescription> instruments(@AuthenticationPrincipal CurrentUser user) {
        return enablement.enabled(user.practiceId()).stream()
                .map(InstrumentDescription::of)
                .toList();
    }

    /** Saves a complete response; a repeat with the same {@code Idempotency-Key} answers with the first one. */
    @PostMapping("/api/v1/measures/{code}/responses")
    @ApiResponse(
            responseCode = "201",
            description = "Saved and scored; with a repeated Idempotency-Key, the first submit's response",
            headers = {
                @Header(name = "Location", description = "The saved response"),
                @Header(name = "Idempotent-Replayed", description = "true when answered from an earlier submit")
            })
    ResponseEntity<MeasureResult> submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String code,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) Submission body) {
        if (!user.isClient()) {
            throw new AccessDeniedException("Only clients answer questionnaires");
        }
        Instrument instrument = offered(user, code);
        List<Integer> scored = Submission.checkedAnswers(instrument, body);
        String token = key == null || key.isBlank() ? null : "api:" + key.strip();
        if (token != null && token.length() > MAX_TOKEN) {
            throw new MeasureApiErrors.FieldException("Idempotency-Key", "must be at most 96 characters");
        }
        Answers answers = new Answers(scored, body.unscored(), true, token, null);
        SaveResult saved = responses.submit(user, instrument, answers);
        if (saved.replayed() && !answers.sameAs(saved.response(), instrument)) {
            throw IdempotencyKeyReusedException.forKey(key.strip());
        }
        if (saved.replayed() && !saved.complete()) {
            throw new MeasureApiErrors.FieldException("Idempotency-Key", "was already used for another request");
        }
        return ResponseEntity.created(URI.create("/api/v1/measures/" + code + "/responses/"
                        + saved.response().id()))
                .header("Idempotent-Replayed", String.valueOf(saved.replayed()))
                .body(MeasureResult.of(instrument, saved.response(), saved.safety()));
    }

    /** The caller's complete responses to one instrument with the change between them. */
    @GetMapping("/api/v1/measures/{code}/responses")
    MeasureResultList list(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
        return MeasureResultList.of(queries.history(user, code));
    }

    private Instrument offered(CurrentUser user, String code) {
        if (catalog.find(code).isEmpty()) {
            throw MeasureApiErrors.unknown(code);
        }
        return enablement.enabled(user.practiceId(), code).orElseThrow(() -> MeasureApiErrors.notEnabled(code));
    }
}
