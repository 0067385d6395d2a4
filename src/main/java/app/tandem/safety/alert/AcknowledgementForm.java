package app.tandem.safety.alert;

import app.tandem.safety.Acknowledgement;
import app.tandem.safety.AlertOutcome;
import app.tandem.shared.NotClientFreeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The acknowledgement as a page or API client sends it; {@link #problems()} says what is wrong, per field. */
record AcknowledgementForm(
        @NotClientFreeText("choice from a list") String outcome,
        @NotClientFreeText("written by a clinician") String reason,
        @NotClientFreeText("written by a clinician") String note) {

    /** One thing wrong with one field, in words a person understands. */
    record Problem(String field, String message) {}

    static AcknowledgementForm empty() {
        return new AcknowledgementForm(null, null, null);
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        AlertOutcome parsed = parsedOutcome();
        if (parsed == null) {
            problems.add(new Problem(
                    "outcome",
                    "Choose what you did about this alert (one of " + Arrays.toString(AlertOutcome.values()) + ")."));
        } else if (parsed.needsReason() && (reason == null || reason.isBlank())) {
            problems.add(new Problem("reason", "Say why you judged this not to be a risk."));
        }
        if (reason != null && reason.length() > Acknowledgement.MAX_TEXT) {
            problems.add(new Problem("reason", "Keep the reason under " + Acknowledgement.MAX_TEXT + " characters."));
        }
        if (note != null && note.length() > Acknowledgement.MAX_TEXT) {
            problems.add(new Problem("note", "Keep the note under " + Acknowledgement.MAX_TEXT + " characters."));
        }
        return problems;
    }

    /** Only call when {@link #problems()} is empty. */
    Acknowledgement toAcknowledgement() {
        return new Acknowledgement(parsedOutcome(), reason, note);
    }

    private AlertOutcome parsedOutcome() {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return AlertOutcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
