package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import app.tandem.measure.InvalidAnswersException;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.internal.ResponseCorrections;
import app.tandem.measure.internal.ResponseCorrections.CorrectionRefusedException;
import app.tandem.measure.internal.ResponseQueries;
import app.tandem.measure.internal.ResponseService.Answers;
import app.tandem.measure.internal.SaveResult;
import app.tandem.shared.CurrentUser;
import java.util.List;
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

/** The client corrects a complete response: a new version with a reason, the original kept in history. */
@Controller
class ClientCorrectionController {

    private static final int MAX_REASON = 1000;

    private final ResponseCorrections responses;
    private final ResponseQueries queries;
    private final ClientMeasurePages pages;

    ClientCorrectionController(ResponseCorrections responses, ResponseQueries queries, ClientMeasurePages pages) {
        this.responses = responses;
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/client/measures/responses/{id}/correct")
    String correctForm(@AuthenticationPrincipal CurrentUser client, @PathVariable UUID id, Model model) {
        MeasureResponse original = queries.readCorrectable(client, id).orElseThrow(ClientCorrectionController::gone);
        Instrument instrument = pages.offered(client, original.instrumentCode());
        return pages.form(
                model, instrument, QuestionnaireForm.of(instrument, original), List.of(), false, null, original);
    }

    @PostMapping("/client/measures/responses/{id}/correct")
    String correct(
            @AuthenticationPrincipal CurrentUser client,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        MeasureResponse original = queries.correctable(client, id).orElseThrow(ClientCorrectionController::gone);
        Instrument instrument = pages.offered(client, original.instrumentCode());
        QuestionnaireForm form = QuestionnaireForm.parse(instrument, params);
        if (form.reason() == null || form.reason().isBlank() || form.reason().length() > MAX_REASON) {
            model.addAttribute("reasonError", true);
            return pages.form(model, instrument, form, List.of(), false, null, original);
        }
        SaveResult saved;
        try {
            saved = responses.submitCorrection(
                    client,
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
            return pages.form(model, instrument, form, saved.score().missingItems(), false, null, original);
        }
        if (saved.safety().showCrisisCard()) {
            return pages.result(model, saved.response(), saved.safety());
        }
        return "redirect:/client/measures/responses/" + saved.response().id();
    }

    /** A response that is not the client's, or no longer the latest version. */
    private static ResponseStatusException gone() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Only the latest version can be corrected");
    }
}
