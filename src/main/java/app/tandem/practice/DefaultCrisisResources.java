package app.tandem.practice;

import java.util.List;

/** The crisis resources a new practice starts with (United States); admins change them per locale. */
public final class DefaultCrisisResources {

    public static final List<CrisisResource> UNITED_STATES = List.of(
            new CrisisResource("If you are in danger right now", "Call emergency services.", "911", null, null, null),
            new CrisisResource(
                    "988 Suicide & Crisis Lifeline",
                    "Call or text 988, free, any time. Press 1 for the Veterans Crisis Line, 2 for Spanish.",
                    "988",
                    "988",
                    null,
                    "https://988lifeline.org/chat/"),
            new CrisisResource(
                    "Crisis Text Line", "Text HOME to 741741, free, any time.", null, "741741", "HOME", null));

    private DefaultCrisisResources() {}
}
