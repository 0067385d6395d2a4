package app.tandem.booking;

import app.tandem.shared.UserId;
import java.time.Instant;

/**
 * What a visitor asks for. {@code therapist} null means "anyone". Lengths are checked by the forms
 * and again by the service.
 */
public record BookingRequest(
        Instant start,
        UserId therapist,
        String visitorZone,
        String name,
        String email,
        String phone,
        ContactBy contactBy,
        String reason,
        boolean safetyConcern) {}
