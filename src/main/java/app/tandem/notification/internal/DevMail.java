package app.tandem.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** An email "delivered" into the development mailbox. */
public record DevMail(UUID id, String to, String subject, String body, Instant deliveredAt) {}
