package app.tandem.notification.internal;

import java.util.UUID;

/**
 * An email claimed by a dispatcher for one attempt; {@code attempts} includes this one. A calendar
 * part ({@code calendarMethod} REQUEST or CANCEL) is optional.
 */
record OutboundEmail(
        UUID id,
        String to,
        String subject,
        String body,
        int attempts,
        String claimToken,
        String calendarMethod,
        String calendar) {

    OutboundEmail(UUID id, String to, String subject, String body, int attempts, String claimToken) {
        this(id, to, subject, body, attempts, claimToken, null, null);
    }

    boolean hasCalendar() {
        return calendar != null && !calendar.isBlank();
    }
}
