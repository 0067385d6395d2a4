package app.tandem.measure.web;

import app.tandem.measure.internal.MeasureResults;
import app.tandem.measure.internal.TherapistAssignments;
import app.tandem.measure.internal.TherapistAssignments.Assigned;
import app.tandem.measure.internal.TherapistAssignments.InvalidSchedule;
import app.tandem.measure.internal.TherapistMeasures;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PageMessages;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's view of a client's questionnaires: results with change statistics, charts and assignments. */
@Controller
class TherapistMeasuresController {

    private final TherapistMeasures measures;
    private final TherapistAssignments assignments;
    private final PageMessages messages;

    TherapistMeasuresController(TherapistMeasures measures, TherapistAssignments assignments, PageMessages messages) {
        this.measures = measures;
        this.assignments = assignments;
        this.messages = messages;
    }

    @GetMapping("/therapist/clients/{clientId}/measures")
    String show(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        TherapistMeasures.Overview overview = measures.overview(therapist, new UserId(clientId));
        model.addAttribute("client", overview.client());
        model.addAttribute(
                "results",
                overview.histories().stream()
                        .map(h -> new TherapistResult(
                                h,
                                ScoreChart.of(
                                        h.instrument(),
                                        h.current(),
                                        overview.client().zone())))
                        .toList());
        model.addAttribute("statuses", overview.statuses());
        model.addAttribute("instruments", overview.instruments());
        model.addAttribute("instrumentNames", overview.instrumentNames());
        model.addAttribute("today", overview.today());
        return "measure/therapist";
    }

    /** One instrument's history with its chart. */
    record TherapistResult(MeasureResults.History history, ScoreChart chart) {}

    @PostMapping("/therapist/clients/{clientId}/measures/assignments")
    String assign(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String recurrence,
            @RequestParam(required = false) Integer interval,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) Integer windowDays,
            RedirectAttributes redirect) {
        AssignmentForm form = new AssignmentForm(instrument, recurrence, interval, start, windowDays);
        TherapistAssignments.Outcome outcome =
                assignments.assign(therapist, new UserId(clientId), instrument, form::schedule);
        if (outcome instanceof Assigned assigned) {
            messages.flash(redirect, "measure.a.assigned", assigned.client().firstName());
        } else if (outcome instanceof InvalidSchedule invalid) {
            messages.flash(redirect, "measure.a.notAssigned", invalid.reason());
        } else {
            messages.flash(redirect, "measure.a.chooseOffered");
        }
        return "redirect:/therapist/clients/" + clientId + "/measures#assign";
    }

    @PostMapping("/therapist/clients/{clientId}/measures/assignments/{assignmentId}/end")
    String end(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @PathVariable UUID assignmentId,
            RedirectAttributes redirect) {
        if (assignments.end(therapist, new UserId(clientId), assignmentId)) {
            messages.flash(redirect, "measure.a.ended");
        }
        return "redirect:/therapist/clients/" + clientId + "/measures#assign";
    }
}
