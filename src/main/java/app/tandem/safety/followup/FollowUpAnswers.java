package app.tandem.safety.followup;

/**
 * The client's answers to Tandem's follow-up questions. Each answer is yes, no, or null when the
 * client skipped it; a skipped answer never raises the level.
 *
 * @param wishDead wished they were dead, or could go to sleep and not wake up
 * @param thoughts had thoughts of killing themselves
 * @param method thought about how they might do it
 * @param intent had some intention of acting on these thoughts
 * @param plan worked out, or started to work out, a plan
 * @param behaviour done anything, started to, or prepared to end their life
 * @param behaviourWhen when, if they answered yes to {@code behaviour} (null = not said)
 */
public record FollowUpAnswers(
        Boolean wishDead,
        Boolean thoughts,
        Boolean method,
        Boolean intent,
        Boolean plan,
        Boolean behaviour,
        BehaviourWhen behaviourWhen) {

    public static final FollowUpAnswers NONE = new FollowUpAnswers(null, null, null, null, null, null, null);

    public boolean answeredAny() {
        return wishDead != null
                || thoughts != null
                || method != null
                || intent != null
                || plan != null
                || behaviour != null;
    }
}
