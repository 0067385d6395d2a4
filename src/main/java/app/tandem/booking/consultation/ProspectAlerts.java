package app.tandem.booking.consultation;

import app.tandem.booking.BookingRequest;
import app.tandem.identity.Accounts;
import app.tandem.practice.OnCallRota;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.screening.RiskScreener;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gets a visitor who may not be safe to a person through the existing alert path. The safety net
 * raises alerts for a client, so a visitor at risk is given a placeholder client record (no password,
 * an unreachable address, the on-call clinician as primary therapist): the alert then reaches the
 * on-call clinician's inbox at once, with its deadline and escalation, and carries the visitor's
 * contact details (encrypted like every alert reason).
 */
@Component
class ProspectAlerts {

    private final RiskScreener screener;
    private final SafetyNet safetyNet;
    private final Accounts accounts;
    private final OnCallRota rota;
    private final Clock clock;

    ProspectAlerts(RiskScreener screener, SafetyNet safetyNet, Accounts accounts, OnCallRota rota, Clock clock) {
        this.screener = screener;
        this.safetyNet = safetyNet;
        this.accounts = accounts;
        this.rota = rota;
        this.clock = clock;
    }

    /** What the net decided; {@code prospect} and the outcome's alert id are null when nothing was raised. */
    record Result(UserId prospect, SafetyOutcome outcome) {}

    @Transactional(propagation = Propagation.MANDATORY)
    Result screen(UUID booking, PracticeId practice, UserId therapist, BookingRequest request, String when) {
        boolean reasonAtRisk = request.reason() != null
                && !request.reason().isBlank()
                && screener.screen(request.reason()).isRisk();
        if (!request.safetyConcern() && !reasonAtRisk) {
            return new Result(null, SafetyOutcome.NONE);
        }
        UserId onCall =
                rota.coveringAt(practice, clock.instant()).stream().findFirst().orElse(therapist);
        UserId prospect = accounts.open(
                practice,
                "prospect-" + booking + "@booking.invalid",
                request.name() + " (consultation request)",
                EnumSet.of(Role.CLIENT),
                onCall,
                request.visitorZone(),
                null);
        String contact = contactLine(request, when);
        SafetyOutcome outcome = SafetyOutcome.NONE;
        if (reasonAtRisk) {
            outcome = safetyNet.screenText(
                    prospect,
                    practice,
                    new SignalSource("booking-reason", booking.toString(), "Consultation booking: reason", false),
                    request.reason());
        }
        RiskLevel level = request.safetyConcern() ? RiskLevel.HIGH : outcome.level();
        if (level.isAtLeast(RiskLevel.LOW)) {
            String label = request.safetyConcern()
                    ? "Consultation booking: answered yes to the safety question"
                    : "Consultation booking: contact details";
            SafetyOutcome raised = safetyNet.raiseSignal(
                    prospect,
                    practice,
                    new SignalSource("booking-safety", booking.toString(), label, false),
                    level,
                    contact);
            outcome = raised.level().compareTo(outcome.level()) >= 0 ? raised : outcome;
        }
        return new Result(prospect, outcome);
    }

    private static String contactLine(BookingRequest request, String when) {
        StringBuilder line = new StringBuilder("Not yet a client. ")
                .append(
                        request.safetyConcern()
                                ? "Said yes to thoughts of ending their life or harming themselves right now. "
                                : "")
                .append("Contact ")
                .append(request.name())
                .append(": email ")
                .append(request.email());
        if (request.phone() != null && !request.phone().isBlank()) {
            line.append(", phone ").append(request.phone());
        }
        return line.append(", prefers ")
                .append(request.contactBy().name().toLowerCase(java.util.Locale.ROOT))
                .append(". Consultation booked for ")
                .append(when)
                .append('.')
                .toString();
    }
}
