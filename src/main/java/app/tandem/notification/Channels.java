package app.tandem.notification;

/**
 * Which ways besides the in-app notification (always written) a notification may also take: an email and a push to
 * each device the person turned notifications on for. Each still needs the person's account to allow it.
 */
public record Channels(boolean email, boolean push) {

    /** Every channel the person's account allows. */
    public static final Channels ALL = new Channels(true, true);
}
