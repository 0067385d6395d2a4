package app.tandem.booking.web;

import app.tandem.booking.BookingRequest;
import app.tandem.booking.ContactBy;
import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;
import app.tandem.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The booking form. {@code slot} is {@code <therapist id or "any">|<start instant>}; {@code website}
 * is a honeypot that people never see and bots fill in.
 */
record BookingForm(
        @NotBlank(message = "{booking.error.slot}") @Size(max = 100) @NotClientFreeText("slot id")
        String slot,

        @NotBlank(message = "{booking.error.name.required}") @Size(max = 200, message = "{booking.error.tooLong}") @NotClientFreeText("name")
        String name,

        @NotBlank(message = "{booking.error.email.required}") @Size(max = 320, message = "{booking.error.tooLong}") @NotClientFreeText("email address")
        String email,

        @Size(max = 40, message = "{booking.error.tooLong}") @NotClientFreeText("phone number")
        String phone,

        @NotBlank(message = "{booking.error.contactBy}") @Pattern(regexp = "EMAIL|PHONE|TEXT", message = "{booking.error.contactBy}") @NotClientFreeText("choice")
        String contactBy,

        @Size(max = 1000, message = "{booking.error.tooLong}") @ClientFreeText
        String reason,

        @NotBlank(message = "{booking.error.safety}") @Pattern(regexp = "yes|no", message = "{booking.error.safety}") @NotClientFreeText("yes or no")
        String safety,

        @Size(max = 200) @NotClientFreeText("honeypot") String website,
        @Size(max = 64) @NotClientFreeText("time zone") String zone) {

    static BookingForm empty(String zone) {
        return new BookingForm("", "", "", "", "EMAIL", "", "", "", zone);
    }

    boolean isBot() {
        return website != null && !website.isBlank();
    }

    Instant start() {
        try {
            return Instant.parse(slot.substring(slot.indexOf('|') + 1));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    UserId therapist() {
        String id = slot.substring(0, Math.max(0, slot.indexOf('|')));
        try {
            return id.isEmpty() || id.equals("any") ? null : UserId.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    BookingRequest toRequest(String visitorZone) {
        return new BookingRequest(
                start(),
                therapist(),
                visitorZone,
                name.trim(),
                email.trim(),
                phone == null || phone.isBlank() ? null : phone.trim(),
                ContactBy.valueOf(contactBy),
                reason == null || reason.isBlank() ? null : reason.trim(),
                "yes".equals(safety));
    }
}
