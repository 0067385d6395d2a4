package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.safety.SafetyOutcome;
import app.tandem.shared.CurrentUser;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The client's questionnaire form and result page, shared by taking a questionnaire and correcting one. */
@Component
class ClientMeasurePages {

    private final Enablement enablement;
    private final MeasureResults results;
    private final CrisisCard crisisCard;

    ClientMeasurePages(Enablement enablement, MeasureResults results, CrisisCard crisisCard) {
        this.enablement = enablement;
        this.results = results;
        this.crisisCard = crisisCard;
    }

    /** An instrument the client's practice offers, or 404. */
    Instrument offered(CurrentUser client, String code) {
        return enablement
                .enabled(client.practiceId(), code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such questionnaire"));
    }

    String form(
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
        model.addAttribute("zone", CurrentUser.current().map(CurrentUser::zone).orElse(ZoneOffset.UTC));
        model.addAttribute("safetyOutcome", safety);
        model.addAttribute("crisisCardAvailable", crisisCard.available());
        return "measure/client-form";
    }

    String result(Model model, MeasureResponse response, SafetyOutcome safety) {
        MeasureResults.History history = results.historyUntil(response).orElseThrow();
        model.addAttribute("response", response);
        model.addAttribute("zone", CurrentUser.current().map(CurrentUser::zone).orElse(ZoneOffset.UTC));
        model.addAttribute("history", history);
        model.addAttribute("instrument", history.instrument());
        model.addAttribute("band", history.band(response).orElse(null));
        model.addAttribute("safetyOutcome", safety);
        model.addAttribute("crisisCardAvailable", crisisCard.available());
        return "measure/client-result";
    }
}
