package app.tandem.safety;

/** What the clinician who acknowledged an alert did about it. */
public enum AlertOutcome {
    CONTACTED_CLIENT,
    REVIEWED_SAFETY_PLAN_IN_SESSION,
    EMERGENCY_SERVICES_INVOLVED,
    /** Needs a written reason: the clinician explains why the signal was not a risk. */
    JUDGED_NOT_A_RISK;

    public boolean needsReason() {
        return this == JUDGED_NOT_A_RISK;
    }
}
