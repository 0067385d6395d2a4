package app.tandem.safety.followup;

/** When the client last did something or prepared to end their life, as they answered it. */
public enum BehaviourWhen {
    WITHIN_3_MONTHS,
    LONGER_AGO
}
