package app.tandem.notification;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends notifications through the transactional outbox: what a caller asks for is stored in the
 * caller's transaction and delivered afterwards with retries, so nothing is lost if mail is down.
 * The sending methods require a transaction ({@code Propagation.MANDATORY}): a notification exists
 * if and only if the caller's change commits.
 */
public interface Notifier {

    /**
     * Tells a user something happened: an in-app notification, a push to each browser the user turned
     * notifications on for (Web Push) and an email when the user's preferences allow. The text is fixed per
     * {@link NotificationKind} and carries no clinical content.
     *
     * @param link a path inside Tandem starting with {@code /}, e.g. {@code /client/messages}
     */
    void notifyUser(UserId recipient, NotificationKind kind, String link);

    /**
     * As {@link #notifyUser(UserId, NotificationKind, String)}, tagging the email with the caller's
     * {@code reference} (e.g. an alert id) for {@link #deliveriesFor(String)}.
     *
     * @return the id of the queued email, empty when the user gets no email (unknown user, no address)
     */
    Optional<UUID> notifyUser(UserId recipient, NotificationKind kind, String link, String reference);

    /**
     * As {@link #notifyUser(UserId, NotificationKind, String, String)}, by the in-app notification and only those of
     * the {@code channels} the caller chose (a habit's reminder channels, for example).
     */
    Optional<UUID> notifyUser(
            UserId recipient, NotificationKind kind, String link, String reference, Channels channels);

    /** Sends an account email (invitation, password reset) to an address that may not be a user yet. */
    void sendAccountEmail(AccountEmail email);

    /**
     * As {@link #sendAccountEmail(AccountEmail)}, for a practice (may be null) and tagged with the
     * caller's {@code reference} (may be null).
     *
     * @return the id of the queued email
     */
    UUID sendAccountEmail(AccountEmail email, PracticeId practice, String reference);

    /**
     * Sends an email with a calendar part (an invite or its cancellation) to any address, for a
     * practice and tagged with the caller's {@code reference} (may be null).
     *
     * @return the id of the queued email
     */
    UUID sendCalendarEmail(CalendarEmail email, PracticeId practice, String reference);

    /** Where an email stands: pending (with attempts so far), sent or failed for good. */
    Optional<EmailDelivery> deliveryStatus(UUID emailId);

    /** Every email queued with this reference, oldest first. */
    List<EmailDelivery> deliveriesFor(String reference);
}
