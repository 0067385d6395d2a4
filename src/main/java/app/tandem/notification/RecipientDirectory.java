package app.tandem.notification;

import app.tandem.shared.UserId;
import java.util.Optional;

/**
 * Finds a user's practice and email address for {@link Notifier#notifyUser}. Implemented by the
 * module that owns accounts (identity), so that notification does not depend on it: identity
 * depends on notification to send invitations, and the reverse dependency would be a cycle.
 * Called inside the caller's transaction.
 */
public interface RecipientDirectory {

    Optional<Recipient> find(UserId user);
}
