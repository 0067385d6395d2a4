package app.tandem.safety;

import java.util.Objects;

/**
 * Where a risk signal came from, so an alert can point a clinician to it.
 *
 * @param kind what sort of entry, e.g. {@code checkin-note}, {@code journal}, {@code measure-item}
 * @param reference the id of the entry in its module (e.g. the check-in id), never its content
 * @param label a short description for the alert, e.g. "Check-in note" or "PHQ-9 item 9"
 * @param privateEntry true when the client kept the entry private: the alert then shows only the
 *     sentence that raised it, never the whole entry
 */
public record SignalSource(String kind, String reference, String label, boolean privateEntry) {

    public SignalSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(label, "label");
    }
}
