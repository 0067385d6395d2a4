package app.tandem.safety.followup;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Yes/no answers (null = skipped), the alert they follow up on, and a one-time submit token. */
record FollowUpForm(
        Boolean wishDead,
        Boolean thoughts,
        Boolean method,
        Boolean intent,
        Boolean plan,
        Boolean behaviour,
        BehaviourWhen behaviourWhen,
        UUID alert,
        @NotNull UUID submitToken) {

    static FollowUpForm blank(UUID alert) {
        return new FollowUpForm(null, null, null, null, null, null, null, alert, UUID.randomUUID());
    }

    FollowUpAnswers answers() {
        return new FollowUpAnswers(
                wishDead,
                thoughts,
                method,
                intent,
                plan,
                behaviour,
                Boolean.TRUE.equals(behaviour) ? behaviourWhen : null);
    }
}
