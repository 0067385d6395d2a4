package app.tandem.booking;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import app.tandem.shared.UserId;
import java.time.Instant;

/**
 * What a visitor asks for. {@code therapist} null means "anyone". Lengths are checked by the forms
 * and again by the service.
 */
public record BookingRequest(
        Instant start,
        UserId therapist,
        @NotClientFreeText("time zone") String visitorZone,
        @NotClientFreeText("name") String name,
        @NotClientFreeText("email address") String email,
        @NotClientFreeText("phone number") String phone,
        ContactBy contactBy,
        @ClientFreeText String reason,
        boolean safetyConcern) {}
