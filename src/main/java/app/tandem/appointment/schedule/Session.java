package app.tandem.appointment.schedule;

import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One therapy session: when it starts (an instant), how long it lasts, how it takes place and where it stands.
 * Guards the status rules: an outcome (attended, no-show) only once the session has started; back to scheduled only
 * before it starts. The client's agenda for it is open while it is scheduled and not started.
 */
public record Session(
        UUID id,
        PracticeId practice,
        UserId client,
        UserId therapist,
        UUID seriesId,
        Instant startsAt,
        int minutes,
        Modality modality,
        SessionStatus status) {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(status, "status");
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be " + MIN_MINUTES + ".." + MAX_MINUTES);
        }
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The client may still add, reorder and remove agenda items. */
    public boolean agendaOpen(Instant now) {
        return status == SessionStatus.SCHEDULED && !hasStarted(now);
    }

    /** Whether the therapist may move this session to {@code next} at {@code now}. */
    public boolean canBecome(SessionStatus next, Instant now) {
        if (next == status) {
            return true;
        }
        if (next.needsStart()) {
            return hasStarted(now); // what happened is known only once it began
        }
        if (next == SessionStatus.SCHEDULED) {
            return !hasStarted(now);
        }
        return true; // cancelling is always possible (a late cancellation is still a cancellation)
    }

    /** This session in {@code next}, or {@link IllegalStateException} when the rules forbid it. */
    public Session becoming(SessionStatus next, Instant now) {
        if (!canBecome(next, now)) {
            throw new IllegalStateException("A " + status + " session cannot become " + next + " now");
        }
        return new Session(id, practice, client, therapist, seriesId, startsAt, minutes, modality, next);
    }

    /** This session moved to another time, length or modality; only a session that has not started may move. */
    public Session rescheduled(Instant start, int length, Modality how, Instant now) {
        if (hasStarted(now) || status != SessionStatus.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled session that has not started can be moved");
        }
        return new Session(id, practice, client, therapist, seriesId, start, length, how, status);
    }
}
