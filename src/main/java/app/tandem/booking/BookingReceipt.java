package app.tandem.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking just made, for the confirmation page: when, with whom, the secret link to manage it,
 * and whether the visitor must see the crisis screen now.
 */
public record BookingReceipt(
        UUID id,
        Instant start,
        Instant end,
        String visitorZone,
        String therapistName,
        String manageToken,
        boolean crisisScreen,
        boolean replayed)
        implements java.io.Serializable {}
