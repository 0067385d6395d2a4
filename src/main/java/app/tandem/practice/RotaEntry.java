package app.tandem.practice;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** One line of the rota: a therapist on call for a window, or a standing backup when there is no window. */
public record RotaEntry(UUID id, UserId therapist, int position, Instant startsAt, Instant endsAt) {

    public boolean isStandingBackup() {
        return startsAt == null && endsAt == null;
    }

    public boolean covers(Instant at) {
        return !isStandingBackup()
                && (startsAt == null || !at.isBefore(startsAt))
                && (endsAt == null || at.isBefore(endsAt));
    }
}
