package app.tandem.booking.slot;

import java.time.Duration;

/**
 * How a therapist takes consultations: the gap kept free around each booking, how much notice a
 * booking needs, and how far ahead it may be made.
 */
public record BookingRules(Duration buffer, Duration minimumNotice, Duration horizon) {

    public static final Duration SLOT = Duration.ofMinutes(15);

    public BookingRules {
        if (buffer.isNegative() || minimumNotice.isNegative() || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("Buffer and notice must not be negative, the horizon must be positive");
        }
    }

    public static BookingRules of(int bufferMinutes, int noticeHours, int horizonDays) {
        return new BookingRules(
                Duration.ofMinutes(bufferMinutes), Duration.ofHours(noticeHours), Duration.ofDays(horizonDays));
    }
}
