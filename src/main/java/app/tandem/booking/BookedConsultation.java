package app.tandem.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A free consultation a visitor booked with a therapist, as other modules may show it (no contact details or reason).
 *
 * @param confirmed whether the therapist confirmed it (otherwise it is requested)
 */
public record BookedConsultation(UUID id, Instant start, Instant end, String name, boolean confirmed) {}
