package app.tandem.safety.alert;

import app.tandem.safety.AcknowledgementResult;
import app.tandem.safety.AlertView;
import app.tandem.shared.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Alerts for the care team's own tools: open alerts (with excerpt; audited) and acknowledgement. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertApiController {

    /** One open alert as JSON. */
    record AlertJson(
            UUID id,
            UUID clientId,
            String clientName,
            String level,
            String status,
            String sourceKind,
            String sourceLabel,
            String excerpt,
            Instant raisedAt,
            Instant deadline,
            int escalationStep) {

        static AlertJson of(AlertView a) {
            return new AlertJson(
                    a.id(),
                    a.clientId().value(),
                    a.clientName(),
                    a.level().name(),
                    a.status().name(),
                    a.sourceKind(),
                    a.sourceLabel(),
                    a.excerpt(),
                    a.raisedAt(),
                    a.deadline(),
                    a.escalationStep());
        }
    }

    /** The state after an acknowledgement. */
    record AcknowledgementJson(
            UUID alertId,
            boolean alreadyAcknowledged,
            UUID acknowledgedBy,
            String acknowledgedByName,
            Instant acknowledgedAt,
            String outcome) {

        static AcknowledgementJson of(AcknowledgementResult r) {
            return new AcknowledgementJson(
                    r.alertId(),
                    r.alreadyAcknowledged(),
                    r.acknowledgedBy() == null ? null : r.acknowledgedBy().value(),
                    r.acknowledgedByName(),
                    r.acknowledgedAt(),
                    r.outcome() == null ? null : r.outcome().name());
        }
    }

    private final AlertDesk desk;

    AlertApiController(AlertDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    List<AlertJson> open(@AuthenticationPrincipal CurrentUser user) {
        requireTherapist(user);
        return desk.openFor(user).stream().map(AlertJson::of).toList();
    }

    @PostMapping("/{id}/acknowledgements")
    ResponseEntity<AcknowledgementJson> acknowledge(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody AcknowledgementForm body) {
        requireTherapist(user);
        desk.requireAccess(user, id);
        List<AcknowledgementForm.Problem> problems = body.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAcknowledgementException(problems);
        }
        AcknowledgementResult result = desk.acknowledge(user, id, body.toAcknowledgement());
        return ResponseEntity.status(result.alreadyAcknowledged() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(AcknowledgementJson.of(result));
    }

    private static void requireTherapist(CurrentUser user) {
        if (!user.isTherapist()) {
            throw new AccessDeniedException("Alerts are for therapists");
        }
    }

    /** The request body named fields that are missing or wrong. */
    static class InvalidAcknowledgementException extends RuntimeException {

        private final List<AcknowledgementForm.Problem> problems;

        InvalidAcknowledgementException(List<AcknowledgementForm.Problem> problems) {
            super("Invalid acknowledgement");
            this.problems = List.copyOf(problems);
        }

        List<AcknowledgementForm.Problem> problems() {
            return problems;
        }
    }
}
