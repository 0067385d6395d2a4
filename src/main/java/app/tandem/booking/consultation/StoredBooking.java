package app.tandem.booking.consultation;

import app.tandem.booking.ContactBy;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A booking as read back, with its visitor text already decrypted. */
record StoredBooking(
        UUID id,
        PracticeId practice,
        UserId therapist,
        Instant start,
        Instant end,
        String visitorZone,
        BookingStatus status,
        String name,
        String email,
        String phone,
        ContactBy contactBy,
        String reason,
        boolean safetyConcern,
        UUID alertId,
        int sequence,
        String therapistMessage,
        Instant createdAt) {

    boolean active() {
        return status != BookingStatus.CANCELLED;
    }

    ZoneId zone() {
        return ZoneId.of(visitorZone);
    }

    String uid() {
        return id + "@tandem";
    }
}
