package app.tandem.measure.web;

import app.tandem.audit.AuditTrail;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.internal.Assignments;
import app.tandem.measure.internal.Enablement;
import app.tandem.measure.internal.MeasureResults;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.time.Clock;
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

    private final CareAccess care;
    private final AuditTrail audit;
    private final MeasureResults results;
    private final Assignments assignments;
    private final Enablement enablement;
    private final InstrumentCatalog catalog;
    private final Clock clock;

    TherapistMeasuresController(
            CareAccess care,
            AuditTrail audit,
            MeasureResults results,
            Assignments assignments,
            Enablement enablement,
            InstrumentCatalog catalog,
            Clock clock) {
        this.care = care;
        this.audit = audit;
        this.results = results;
        this.assignments = assignments;
        this.enablement = enablement;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/therapist/clients/{clientId}/measures")
    String show(@AuthenticationPrincipal CurrentUser therapist, @PathVariable UUID clientId, Model model) {
        Person client = care.requireClinicalAccess(therapist, new UserId(clientId));
        audit.read(client.practiceId(), client.id(), "measures");
        model.addAttribute("client", client);
        model.addAttribute(
                "results",
                results.histories(client.id()).stream()
                        .map(h -> new TherapistResult(h, ScoreChart.of(h.instrument(), h.current(), client.zone())))
                        .toList());
        model.addAttribute("statuses", assignments.statuses(client.id(), client.zone()));
        model.addAttribute("instruments", enablement.enabled(client.practiceId()));
        // assignments name their questionnaire as people know it (PHQ-9), not by its code (phq9)
        model.addAttribute(
                "instrumentNames",
                catalog.all().stream()
                        .collect(java.util.stream.Collectors.toMap(Instrument::code, Instrument::shortName)));
        model.addAttribute("today", LocalDate.now(clock.withZone(client.zone())));
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
        Person client = care.requireClinicalAccess(therapist, new UserId(clientId));
        String back = "redirect:/therapist/clients/" + clientId + "/measures#assign";
        if (instrument == null
                || enablement.enabled(client.practiceId(), instrument).isEmpty()) {
            redirect.addFlashAttribute("flash", "Choose a questionnaire your practice offers.");
            return back;
        }
        AssignmentSchedule schedule;
        try {
            schedule = new AssignmentForm(instrument, recurrence, interval, start, windowDays).schedule(client.zone());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", "Not assigned: " + e.getMessage());
            return back;
        }
        assignments.assign(client.practiceId(), client.id(), therapist.id(), instrument, schedule);
        audit.write(client.practiceId(), client.id(), "measure-assignments");
        redirect.addFlashAttribute("flash", "Assigned. " + client.firstName() + " will see it when it is due.");
        return back;
    }

    @PostMapping("/therapist/clients/{clientId}/measures/assignments/{assignmentId}/end")
    String end(
            @AuthenticationPrincipal CurrentUser therapist,
            @PathVariable UUID clientId,
            @PathVariable UUID assignmentId,
            RedirectAttributes redirect) {
        Person client = care.requireClinicalAccess(therapist, new UserId(clientId));
        if (assignments.end(client.id(), assignmentId)) {
            audit.write(client.practiceId(), client.id(), "measure-assignments");
            redirect.addFlashAttribute("flash", "Assignment ended.");
        }
        return "redirect:/therapist/clients/" + clientId + "/measures#assign";
    }
}
