package app.tandem.shared.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed fact about a client that may make them need attention.
 *
 * @param kind what kind of reason it is
 * @param severity 1 (mild) to 3 (strong), as the kind documents it; the caseload turns it into points
 * @param text the fact in words for the therapist, in the request's locale ("PHQ-9 rose from 9 to 17")
 * @param link the page that shows the data behind it (a path inside the app)
 * @param observedAt when the fact became true (the alert's time, the last score's time)
 */
public record NeedFact(NeedKind kind, int severity, String text, String link, Instant observedAt) {

    public NeedFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(observedAt, "observedAt");
        if (severity < 1 || severity > 3) {
            throw new IllegalArgumentException("severity must be 1..3, was " + severity);
        }
    }
}
