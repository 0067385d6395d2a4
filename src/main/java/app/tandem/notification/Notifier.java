package app.tandem.notification;

import app.tandem.shared.UserId;

/**
 * Sends notifications through the transactional outbox: what a caller asks for is stored in the
 * caller's transaction and delivered afterwards with retries, so nothing is lost if mail is down.
 */
public interface Notifier {

    /**
     * Tells a user something happened: an in-app notification plus an email when the user's
     * preferences allow. The text is fixed per {@link NotificationKind} and carries no clinical content.
     */
    void notifyUser(UserId recipient, NotificationKind kind, String link);

    /** Sends an account email (invitation, password reset) to an address that may not be a user yet. */
    void sendAccountEmail(AccountEmail email);
}
