package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import app.tandem.measure.InvalidAnswersException;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.internal.ResponseQueries;
import app.tandem.measure.internal.ResponseService;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.measure.internal.SaveResult;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.web.PageMessages;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

/** The client's questionnaires: what is due, taking one (drafts, resume) and its result. */
@Controller
class ClientMeasuresController {

    private final ResponseService responses;
    private final ResponseQueries queries;
    private final ClientMeasurePages pages;
    private final PageMessages messages;

    ClientMeasuresController(
            ResponseService responses, ResponseQueries queries, ClientMeasurePages pages, PageMessages messages) {
        this.responses = responses;
        this.queries = queries;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/client/measures")
    String list(@AuthenticationPrincipal CurrentUser client, Model model) {
        ResponseQueries.Overview overview = queries.overview(client);
        model.addAttribute("due", overview.due());
        model.addAttribute("instruments", overview.instruments());
        model.addAttribute("histories", overview.histories());
        model.addAttribute("zone", client.zone());
        model.addAttribute("drafts", overview.drafts());
        return "measure/client-list";
    }

    @GetMapping("/client/measures/{code}")
    String form(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String code,
            @RequestParam(required = false) UUID assignment,
            Model model) {
        Instrument instrument = pages.offered(client, code);
        Optional<MeasureResponse> draft = queries.draft(client, code);
        QuestionnaireForm form = QuestionnaireForm.of(instrument, draft.orElse(null));
        if (assignment != null && form.assignment() == null) {
            form = new QuestionnaireForm(form.answers(), form.unscored(), null, null, assignment);
        }
        return pages.form(model, instrument, form, List.of(), draft.isPresent(), null, null);
    }

    @PostMapping("/client/measures/{code}")
    String submit(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Instrument instrument = pages.offered(client, code);
        QuestionnaireForm form = QuestionnaireForm.parse(instrument, params);
        boolean finish = !"save".equals(params.getFirst("action"));
        SaveResult saved;
        try {
            saved = responses.submit(
                    client,
                    instrument,
                    new Answers(form.answers(), form.unscored(), finish, form.token(), form.assignment()));
        } catch (InvalidAnswersException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.field() + " is not an answer to this question");
        }
        if (saved.replayed()) {
            return saved.complete()
                    ? "redirect:/client/measures/responses/" + saved.response().id()
                    : "redirect:/client/measures/" + code;
        }
        SafetyOutcome safety = saved.safety().showCrisisCard() ? saved.safety() : null;
        if (!finish && safety != null) {
            model.addAttribute("savedDraft", true);
            return pages.form(model, instrument, form, List.of(), true, safety, null);
        }
        if (!finish) {
            messages.flash(redirect, "measure.form.savedForLater");
            return "redirect:/client/measures";
        }
        if (!saved.complete()) {
            return pages.form(model, instrument, form, saved.score().missingItems(), true, safety, null);
        }
        return safety == null
                ? "redirect:/client/measures/responses/" + saved.response().id()
                : pages.result(model, saved.response(), safety);
    }

    @GetMapping("/client/measures/responses/{id}")
    String result(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        MeasureResponse response = queries.read(client, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such response"));
        if (!response.isComplete()) {
            return "redirect:/client/measures/" + response.instrumentCode();
        }
        return pages.result(model, response, null);
    }
}
