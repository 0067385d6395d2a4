package app.tandem.safety;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The client opened their own safety plan. Published only when the client lets their care team see
 * this (a setting on the plan page, on by default), so an open alert can record it.
 */
public record SafetyPlanOpened(UserId clientId, PracticeId practiceId, Instant at) {

    public SafetyPlanOpened {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(at, "at");
    }
}
