package app.tandem.appointment.schedule;

import app.tandem.screening.RiskLevel;
import java.time.Instant;
import java.util.UUID;

/** One thing the client wants to talk about in a session, in their words (decrypted), at its place in their list. */
public record AgendaItem(UUID id, UUID sessionId, int position, String text, RiskLevel safetyLevel, Instant createdAt) {

    /** Longest item, in characters: a topic, not a journal entry. */
    public static final int MAX_LENGTH = 500;

    /** Most items on one session's agenda. */
    public static final int MAX_ITEMS = 20;
}
