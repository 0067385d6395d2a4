package app.tandem.shared.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One statement in a pre-session brief: an observation in words and where it comes from.
 *
 * @param text the observation, in the request's locale; client-written words quoted as written
 * @param link the page with the data it comes from (a path inside the app)
 * @param at when it happened, or null for a statement about the whole period
 */
public record BriefLine(String text, String link, Instant at) {

    public BriefLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
    }
}
