package app.tandem.notification;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.util.Objects;

/**
 * Who a user notification goes to, as the {@link RecipientDirectory} knows them.
 *
 * @param email the address to write to, or null for none
 * @param emailAllowed false when the user must not get emails (disabled account, later: preferences)
 */
public record Recipient(UserId id, PracticeId practiceId, String email, boolean emailAllowed) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practiceId, "practiceId");
    }

    public boolean wantsEmail() {
        return emailAllowed && email != null && !email.isBlank();
    }
}
