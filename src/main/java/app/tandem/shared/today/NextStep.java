package app.tandem.shared.today;

import java.util.Objects;

/**
 * The one thing a module would put first on the client's Today once they have checked in.
 *
 * @param kind what sort of thing it is; {@link Kind}'s order is the order in which Today offers them
 * @param what its name as the client knows it ("PHQ-9", "Morning walk", a session's day and time)
 * @param link where the client does it (a path inside the app)
 */
public record NextStep(Kind kind, String what, String link) {

    /**
     * Kinds in the order Today offers them: what has a closing window and was asked by the therapist first, then
     * what the client planned for today, then getting ready for the next session (no deadline before it starts).
     */
    public enum Kind {
        QUESTIONNAIRE,
        HOMEWORK,
        HABIT,
        SESSION_AGENDA
    }

    public NextStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(link, "link");
    }
}
