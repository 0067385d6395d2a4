package app.tandem.notification.internal;

import java.util.UUID;

/** An email claimed by a dispatcher for one attempt; {@code attempts} includes this one. */
record OutboundEmail(UUID id, String to, String subject, String body, int attempts, String claimToken) {}
