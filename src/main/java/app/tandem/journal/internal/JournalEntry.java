package app.tandem.journal.internal;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** One journal entry, decrypted, as its writer (or, when shared, their therapist) reads it. */
public record JournalEntry(
        UUID id, UserId clientId, String title, String body, boolean shared, Instant sharedAt, Instant createdAt) {

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
