package app.tandem.measure.web;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.measure.Instrument;
import app.tandem.measure.InvalidAnswersException;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.internal.Assignments;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.measure.internal.ResponseService;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.measure.internal.ResponseService.CorrectionRefusedException;
import app.tandem.measure.internal.SaveResult;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's questionnaires: what is due, taking one (drafts, resume), results and corrections. */
@Controller
class ClientMeasuresController {

    private final CareAccess care;
    private final AuditTrail audit;
    private final Enablement enablement;
    private final Assignments assignments;
    private final ResponseService responses;
    private final MeasureResults results;
    private final CrisisCard crisisCard;

    ClientMeasuresController(
            CareAccess care,
            AuditTrail audit,
            Enablement enablement,
            Assignments assignments,
            ResponseService responses,
            MeasureResults results,
            CrisisCard crisisCard) {
        this.care = care;
        this.audit = audit;
        this.enablement = enablement;
        this.assignments = assignments;
        this.responses = responses;
        this.results = results;
        this.crisisCard = crisisCard;
    }

    @GetMapping("/client/measures")
    String list(@AuthenticationPrincipal CurrentUser client, Model model) {
        care.requireClinicalAccess(client, client.id());
        audit.read(client.practiceId(), client.id(), "measures");
        List<Instrument> enabled = enablement.enabled(client.practiceId());
        model.addAttribute(
                "due",
                assignments.statuses(client.id(), client.zone()).stream()
                        .filter(s -> s.dueNow().isPresent())
                        .filter(s -> enabled.stream()
                                .anyMatch(i -> i.code().equals(s.assignment().instrumentCode())))
                        .map(s -> new DueLine(
                                enablement
                                        .enabled(
                                                client.practiceId(),
                                                s.assignment().instrumentCode())
                                        .get(),
                                s.dueUntil(),
                                s.assignment().id()))
                        .toList());
        model.addAttribute("instruments", enabled);
        model.addAttribute("histories", results.histories(client.id()));
        model.addAttribute("zone", client.zone());
        model.addAttribute(
                "drafts",
                responses.drafts(client.id()).stream()
                        .flatMap(d -> enabled.stream().filter(i -> i.code().equals(d.instrumentCode())))
                        .toList());
        return "measure/client-list";
    }

    /** A due assignment as the list shows it. */
    record DueLine(Instrument instrument, java.time.LocalDate dueUntil, UUID assignment) {}

    @GetMapping("/client/measures/{code}")
    String form(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String code,
            @RequestParam(required = false) UUID assignment,
            Model model) {
        Instrument instrument = instrument(client, code);
        care.requireClinicalAccess(client, client.id());
        Optional<MeasureResponse> draft = responses.draft(client.id(), code);
        if (draft.isPresent()) {
            audit.read(client.practiceId(), client.id(), "measures");
        }
        QuestionnaireForm form = QuestionnaireForm.of(instrument, draft.orElse(null));
        if (assignment != null && form.assignment() == null) {
            form = new QuestionnaireForm(form.answers(), form.unscored(), null, null, assignment);
        }
        return formPage(model, instrument, form, List.of(), draft.isPresent(), null, null);
    }

    @PostMapping("/client/measures/{code}")
    String submit(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Instrument instrument = instrument(client, code);
        care.requireClinicalAccess(client, client.id());
        QuestionnaireForm form = QuestionnaireForm.parse(instrument, params);
        boolean finish = !"save".equals(params.getFirst("action"));
        SaveResult saved;
        try {
            saved = responses.save(
                    client.practiceId(),
                    client.id(),
                    instrument,
                    new Answers(form.answers(), form.unscored(), finish, form.token(), form.assignment()));
        } catch (InvalidAnswersException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.field() + " is not an answer to this question");
        } catch (DataIntegrityViolationException raceOnToken) {
            saved = responses
                    .bySubmission(client.id(), form.token())
                    .map(r -> new SaveResult(r, null, SafetyOutcome.NONE, true))
                    .orElseThrow(() -> raceOnToken);
        }
        if (saved.replayed()) {
            return saved.complete()
                    ? "redirect:/client/measures/responses/" + saved.response().id()
                    : "redirect:/client/measures/" + code;
        }
        if (!finish) {
            if (saved.safety().showCrisisCard()) {
                model.addAttribute("savedDraft", true);
                return formPage(model, instrument, form, List.of(), true, saved.safety(), null);
            }
            redirect.addFlashAttribute("flash", "Saved. You can finish it later from Questionnaires.");
            return "redirect:/client/measures";
        }
        if (!saved.complete()) {
            return formPage(
                    model,
                    instrument,
                    form,
                    saved.score().missingItems(),
                    true,
                    saved.safety().showCrisisCard() ? saved.safety() : null,
                    null);
        }
        if (saved.safety().showCrisisCard()) {
            return resultPage(model, saved.response(), saved.safety());
        }
        return "redirect:/client/measures/responses/" + saved.response().id();
    }

    @GetMapping("/client/measures/responses/{id}")
    String result(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        MeasureResponse response = own(client, id);
        audit.read(client.practiceId(), client.id(), "measures");
        if (!response.isComplete()) {
            return "redirect:/client/measures/" + response.instrumentCode();
        }
        return resultPage(model, response, null);
    }

    @GetMapping("/client/measures/responses/{id}/correct")
    String correctForm(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        MeasureResponse original = correctable(client, id);
        audit.read(client.practiceId(), client.id(), "measures");
        Instrument instrument = instrument(client, original.instrumentCode());
        return formPage(
                model, instrument, QuestionnaireForm.of(instrument, original), List.of(), false, null, original);
    }

    @PostMapping("/client/measures/responses/{id}/correct")
    String correct(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        MeasureResponse original = correctable(client, id);
        Instrument instrument = instrument(client, original.instrumentCode());
        QuestionnaireForm form = QuestionnaireForm.parse(instrument, params);
        if (form.reason() == null || form.reason().isBlank() || form.reason().length() > 1000) {
            model.addAttribute("reasonError", true);
            return formPage(model, instrument, form, List.of(), false, null, original);
        }
        SaveResult saved;
        try {
            saved = responses.correct(
                    original,
                    instrument,
                    new Answers(form.answers(), form.unscored(), true, form.token(), null),
                    form.reason());
        } catch (InvalidAnswersException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.field() + " is not an answer to this question");
        } catch (CorrectionRefusedException e) {
            return "redirect:/client/measures";
        }
        if (!saved.replayed() && saved.response().id().equals(original.id())) {
            return formPage(model, instrument, form, saved.score().missingItems(), false, null, original);
        }
        if (saved.safety().showCrisisCard()) {
            return resultPage(model, saved.response(), saved.safety());
        }
        return "redirect:/client/measures/responses/" + saved.response().id();
    }

    private String formPage(
            Model model,
            Instrument instrument,
            QuestionnaireForm form,
            List<Integer> missing,
            boolean resumed,
            SafetyOutcome safety,
            MeasureResponse correcting) {
        model.addAttribute("instrument", instrument);
        model.addAttribute("form", form);
        model.addAttribute("missing", missing);
        model.addAttribute("resumed", resumed);
        model.addAttribute("token", UUID.randomUUID().toString());
        model.addAttribute("correcting", correcting);
        model.addAttribute("zone", CurrentUser.current().map(CurrentUser::zone).orElse(java.time.ZoneOffset.UTC));
        model.addAttribute("safetyOutcome", safety);
        model.addAttribute("crisisCardAvailable", crisisCard.available());
        return "measure/client-form";
    }

    private String resultPage(Model model, MeasureResponse response, SafetyOutcome safety) {
        MeasureResults.History history = results.historyUntil(response).orElseThrow();
        model.addAttribute("response", response);
        model.addAttribute("zone", CurrentUser.current().map(CurrentUser::zone).orElse(java.time.ZoneOffset.UTC));
        model.addAttribute("history", history);
        model.addAttribute("instrument", history.instrument());
        model.addAttribute("band", history.band(response).orElse(null));
        model.addAttribute("safetyOutcome", safety);
        model.addAttribute("crisisCardAvailable", crisisCard.available());
        return "measure/client-result";
    }

    private Instrument instrument(CurrentUser client, String code) {
        return enablement
                .enabled(client.practiceId(), code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such questionnaire"));
    }

    private MeasureResponse own(CurrentUser client, UUID id) {
        care.requireClinicalAccess(client, client.id());
        return responses
                .find(id)
                .filter(r -> r.client().equals(client.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such response"));
    }

    private MeasureResponse correctable(CurrentUser client, UUID id) {
        MeasureResponse response = own(client, id);
        if (!response.isCurrent()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Only the latest version can be corrected");
        }
        return response;
    }
}
