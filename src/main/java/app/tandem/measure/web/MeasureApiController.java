package app.tandem.measure.web;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.AnswerOption;
import app.tandem.measure.Band;
import app.tandem.measure.ChangeAssessment;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.ReliableChange;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.measure.internal.ResponseService;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.measure.internal.SaveResult;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.IdempotencyKeyReusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
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

    private final InstrumentCatalog catalog;
    private final Enablement enablement;
    private final ResponseService responses;
    private final MeasureResults results;
    private final CareAccess care;
    private final AuditTrail audit;

    MeasureApiController(
            InstrumentCatalog catalog,
            Enablement enablement,
            ResponseService responses,
            MeasureResults results,
            CareAccess care,
            AuditTrail audit) {
        this.catalog = catalog;
        this.enablement = enablement;
        this.responses = responses;
        this.results = results;
        this.care = care;
        this.audit = audit;
    }

    /** The body of a submission: one score per scored item in item order; unscored answers by linkId. */
    record Submission(List<Integer> answers, Map<String, Integer> unscoredAnswers) {}

    @GetMapping("/api/v1/instruments")
    List<Map<String, Object>> instruments(@AuthenticationPrincipal CurrentUser user) {
        return enablement.enabled(user.practiceId()).stream()
                .map(MeasureApiController::describe)
                .toList();
    }

    @PostMapping("/api/v1/measures/{code}/responses")
    ResponseEntity<Map<String, Object>> submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String code,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) Submission body) {
        if (!user.isClient()) {
            throw new AccessDeniedException("Only clients answer questionnaires");
        }
        care.requireClinicalAccess(user, user.id());
        Instrument instrument = instrument(user, code);
        List<Integer> answers = checkedAnswers(instrument, body);
        String token = key == null || key.isBlank() ? null : "api:" + key.strip();
        if (token != null && token.length() > 100) {
            throw new MeasureApiErrors.FieldException("Idempotency-Key", "must be at most 96 characters");
        }
        SaveResult saved;
        try {
            saved = responses.save(
                    user.practiceId(),
                    user.id(),
                    instrument,
                    new Answers(
                            answers,
                            body.unscoredAnswers() == null ? Map.of() : body.unscoredAnswers(),
                            true,
                            token,
                            null));
        } catch (DataIntegrityViolationException raceOnKey) {
            saved = responses
                    .bySubmission(user.id(), token)
                    .map(r -> new SaveResult(r, null, SafetyOutcome.NONE, true))
                    .orElseThrow(() -> raceOnKey);
        }
        if (saved.replayed() && !sameSubmission(saved.response(), instrument, answers, body)) {
            throw IdempotencyKeyReusedException.forKey(key.strip());
        }
        if (saved.replayed() && !saved.complete()) {
            throw new MeasureApiErrors.FieldException("Idempotency-Key", "was already used for another request");
        }
        Map<String, Object> json = result(instrument, saved.response(), true);
        if (saved.safety().showCrisisCard()) {
            json.put("safety", safety(saved.safety()));
        }
        return ResponseEntity.created(URI.create("/api/v1/measures/" + code + "/responses/"
                        + saved.response().id()))
                .header("Idempotent-Replayed", String.valueOf(saved.replayed()))
                .body(json);
    }

    /** Whether a response saved under a key holds exactly these answers (a repeat, not another request). */
    private static boolean sameSubmission(
            MeasureResponse saved, Instrument instrument, List<Integer> answers, Submission body) {
        Map<String, Integer> unscored = body.unscoredAnswers() == null ? Map.of() : body.unscoredAnswers();
        Map<String, Integer> savedUnscored = saved.unscoredAnswers() == null ? Map.of() : saved.unscoredAnswers();
        return saved.instrumentCode().equals(instrument.code())
                && saved.answers().equals(answers)
                && savedUnscored.equals(unscored);
    }

    @GetMapping("/api/v1/measures/{code}/responses")
    Map<String, Object> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
        care.requireClinicalAccess(user, user.id());
        Instrument instrument = catalog.find(code).orElseThrow(() -> MeasureApiErrors.unknown(code));
        audit.read(user.practiceId(), user.id(), "measures");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instrument", instrument.code());
        List<Map<String, Object>> list = new ArrayList<>();
        MeasureResults.History history = results.history(user.id(), code).orElse(null);
        if (history != null) {
            history.current().forEach(r -> list.add(result(instrument, r, true)));
        }
        json.put("responses", list);
        json.put("change", history == null || history.change() == null ? null : change(history.change()));
        return json;
    }

    private Instrument instrument(CurrentUser user, String code) {
        if (catalog.find(code).isEmpty()) {
            throw MeasureApiErrors.unknown(code);
        }
        return enablement.enabled(user.practiceId(), code).orElseThrow(() -> MeasureApiErrors.notEnabled(code));
    }

    private static List<Integer> checkedAnswers(Instrument instrument, Submission body) {
        if (body == null || body.answers() == null) {
            throw new MeasureApiErrors.FieldException("answers", "is required: one score per item, in item order");
        }
        List<Integer> answers = body.answers();
        if (answers.size() != instrument.itemCount()) {
            throw new MeasureApiErrors.FieldException(
                    "answers",
                    "must have " + instrument.itemCount() + " entries (one per item) but has " + answers.size());
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer a = answers.get(i);
            if (a == null) {
                throw new MeasureApiErrors.FieldException("answers[" + i + "]", "is required");
            }
            if (!instrument.items().get(i).allows(a)) {
                throw new MeasureApiErrors.FieldException(
                        "answers[" + i + "]",
                        "must be one of "
                                + instrument.items().get(i).allowedScores().stream()
                                        .sorted()
                                        .toList());
            }
        }
        if (body.unscoredAnswers() != null) {
            body.unscoredAnswers().forEach((linkId, value) -> {
                var item = instrument
                        .unscoredItem(linkId)
                        .orElseThrow(() -> new MeasureApiErrors.FieldException(
                                "unscoredAnswers." + linkId, "is not an item of " + instrument.code()));
                if (value != null && item.option(value).isEmpty()) {
                    throw new MeasureApiErrors.FieldException(
                            "unscoredAnswers." + linkId, "must be one of " + item.allowedScores());
                }
            });
        }
        return answers;
    }

    static Map<String, Object> result(Instrument instrument, MeasureResponse r, boolean clientLabels) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("instrument", r.instrumentCode());
        json.put("version", r.instrumentVersion());
        json.put("complete", r.isComplete());
        json.put("completedAt", r.completedAt());
        if (r.count() != null) {
            json.put("count", r.count());
            json.put("screenPositive", r.screenPositive());
        } else {
            json.put("total", r.total());
            if (r.percentage() != null) {
                json.put("percentage", r.percentage());
            }
            Band band = instrument.bands().stream()
                    .filter(b -> b.code().equals(r.bandCode()))
                    .findFirst()
                    .orElse(null);
            json.put("band", band == null ? null : band.code());
            json.put("bandLabel", band == null ? null : clientLabels ? band.clientLabel() : band.clinicalLabel());
        }
        json.put("answers", r.answers());
        if (!r.unscoredAnswers().isEmpty()) {
            json.put("unscoredAnswers", r.unscoredAnswers());
        }
        if (r.supersedesId() != null) {
            json.put("supersedes", r.supersedesId());
        }
        return json;
    }

    private static Map<String, Object> safety(SafetyOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("level", outcome.level().name());
        json.put("alertId", outcome.alertId());
        json.put("contactExpectation", outcome.contactExpectation());
        json.put("showCrisisScreen", outcome.showCrisisScreen());
        json.put("help", "/help");
        return json;
    }

    private static Map<String, Object> change(ChangeAssessment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", c.scale().name());
        json.put("baseline", c.baseline());
        json.put("previous", c.previous());
        json.put("current", c.current());
        json.put("fromBaseline", reliable(c.fromBaseline()));
        json.put("fromPrevious", c.fromPrevious() == null ? null : reliable(c.fromPrevious()));
        json.put("clinicallySignificantChange", c.clinicallySignificantChange());
        json.put("reliableRecovery", c.reliableRecovery());
        json.put("response", c.response());
        json.put("remission", c.remission());
        json.put("reliableChangeRule", c.thresholds().rule().name());
        json.put("reliableChangeThreshold", Math.round(c.thresholds().reliableChangePoints() * 100) / 100.0);
        json.put("commonReliableChange", c.thresholds().commonReliableChange().value());
        json.put("thresholds", c.thresholds().summary());
        return json;
    }

    private static Map<String, Object> reliable(ReliableChange r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("difference", r.difference());
        json.put("rci", r.hasIndex() ? Math.round(r.rci() * 100) / 100.0 : null);
        json.put("reliable", r.reliable());
        json.put("direction", r.direction().name());
        json.put("meetsCommonThreshold", r.meetsCommonThreshold());
        return json;
    }

    private static Map<String, Object> describe(Instrument i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", i.code());
        json.put("version", i.version());
        json.put("title", i.title());
        json.put("shortName", i.shortName());
        json.put("stem", i.stem());
        json.put("loinc", i.coding().loincPanelCode());
        List<Map<String, Object>> items = new ArrayList<>();
        i.items().forEach(item -> {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("number", item.number());
            it.put("text", item.text());
            it.put("loinc", i.coding().isLoinc() ? item.code() : null);
            it.put("options", options(i, item.options()));
            items.add(it);
        });
        json.put("items", items);
        List<Map<String, Object>> unscored = new ArrayList<>();
        i.unscoredItems().forEach(u -> {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("linkId", u.linkId());
            it.put("text", u.text());
            it.put("loinc", i.coding().isLoinc() ? u.code() : null);
            it.put("required", u.required());
            it.put("options", options(i, u.options()));
            unscored.add(it);
        });
        json.put("unscoredItems", unscored);
        json.put("attribution", i.attribution());
        return json;
    }

    private static List<Map<String, Object>> options(Instrument i, List<AnswerOption> options) {
        return options.stream()
                .map(o -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("score", o.score());
                    json.put("label", o.label());
                    json.put("loinc", i.coding().isLoinc() ? o.code() : null);
                    return json;
                })
                .toList();
    }
}
