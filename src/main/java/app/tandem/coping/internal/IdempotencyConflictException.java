package app.tandem.coping.internal;

import java.util.UUID;

/** An Idempotency-Key was used again with a different body: the first use stands, the new one is refused. */
public final class IdempotencyConflictException extends RuntimeException {

    private final UUID existing;

    private IdempotencyConflictException(UUID existing) {
        super("Idempotency-Key already used for technique use " + existing + " with a different body");
        this.existing = existing;
    }

    public static IdempotencyConflictException forUse(UUID existing) {
        return new IdempotencyConflictException(existing);
    }

    public UUID existing() {
        return existing;
    }
}
