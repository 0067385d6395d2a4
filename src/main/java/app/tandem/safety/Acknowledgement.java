package app.tandem.safety;

import java.util.Objects;

/**
 * A clinician's acknowledgement of an alert. {@code reason} is required for JUDGED_NOT_A_RISK;
 * {@code note} is optional. Both are stored encrypted and never screened (they are the clinician's words).
 */
public record Acknowledgement(AlertOutcome outcome, String reason, String note) {

    public static final int MAX_TEXT = 2000;

    public Acknowledgement {
        Objects.requireNonNull(outcome, "outcome");
        reason = blankToNull(reason);
        note = blankToNull(note);
        if (outcome.needsReason() && reason == null) {
            throw new IllegalArgumentException("A reason is required when the signal is judged not a risk");
        }
        if ((reason != null && reason.length() > MAX_TEXT) || (note != null && note.length() > MAX_TEXT)) {
            throw new IllegalArgumentException("Reason and note are limited to " + MAX_TEXT + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
