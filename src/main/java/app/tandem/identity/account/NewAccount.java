package app.tandem.identity.account;

import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.util.Set;

/** An account about to be created (by accepting an invitation, or by the demo seeder). */
public record NewAccount(
        UserId id,
        PracticeId practiceId,
        String email,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        UserId primaryTherapistId,
        String timeZone) {}
