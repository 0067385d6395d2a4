package app.tandem.identity.invitation;

import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An invitation to join a practice, valid once and for seven days. */
record Invitation(
        UUID id,
        PracticeId practiceId,
        String email,
        String displayName,
        Set<Role> roles,
        UserId primaryTherapistId,
        UserId invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt) {

    /** Why an invitation link cannot be used, in the words the page shows. */
    enum Problem {
        UNKNOWN,
        EXPIRED,
        USED,
        REVOKED
    }

    Problem problemAt(Instant now) {
        if (acceptedAt != null) {
            return Problem.USED;
        }
        if (revokedAt != null) {
            return Problem.REVOKED;
        }
        return expiresAt.isAfter(now) ? null : Problem.EXPIRED;
    }

    boolean invitesClient() {
        return roles.contains(Role.CLIENT);
    }
}
