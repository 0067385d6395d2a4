package app.tandem.booking.consultation;

import app.tandem.booking.BookingRequest;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** A booking row to insert: the request, the therapist chosen and the secrets that go with it. */
record NewBooking(
        UUID id,
        PracticeId practice,
        UserId therapist,
        BookingRequest request,
        String tokenHash,
        String idempotencyKey,
        String remoteAddr,
        Instant now) {}
