package app.tandem.audit.internal;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one audit event says, before it is placed in a chain.
 *
 * @param actorId null when the system acted (then {@code actorRole} is {@value #SYSTEM_ROLE})
 * @param what a short resource name such as {@code checkins}; never clinical content
 */
public record AuditFacts(
        Instant occurredAt,
        UserId actorId,
        String actorRole,
        UserId clientId,
        AuditAction action,
        String what,
        String requestId,
        String remoteAddr) {

    public static final String SYSTEM_ROLE = "SYSTEM";
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z][a-z0-9._-]{0,59}");
    private static final Pattern ROLE = Pattern.compile("[A-Z_]{1,20}");
    private static final int MAX_TOKEN = 64;

    public AuditFacts {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(action, "action");
        // The database keeps microseconds; the hash must cover exactly what is stored.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        requestId = clip(requestId);
        remoteAddr = clip(remoteAddr);
    }

    /**
     * Facts for a new event, checked. Rows read back are not checked here, so that verification can
     * report a tampered row instead of failing on it.
     */
    public static AuditFacts recorded(
            Instant occurredAt,
            UserId actorId,
            String actorRole,
            UserId clientId,
            AuditAction action,
            String what,
            String requestId,
            String remoteAddr) {
        if (what == null || !RESOURCE_NAME.matcher(what).matches()) {
            // A free-text "what" could leak clinical content into the log; only resource names are allowed.
            throw new IllegalArgumentException("Audit 'what' must be a short lower-case resource name");
        }
        if (actorRole == null || !ROLE.matcher(actorRole).matches()) {
            throw new IllegalArgumentException("Audit actor role must be an upper-case role name");
        }
        if ((actorId == null) != SYSTEM_ROLE.equals(actorRole)) {
            throw new IllegalArgumentException("Only the system acts without an actor id");
        }
        return new AuditFacts(occurredAt, actorId, actorRole, clientId, action, what, requestId, remoteAddr);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_TOKEN ? value : value.substring(0, MAX_TOKEN);
    }
}
