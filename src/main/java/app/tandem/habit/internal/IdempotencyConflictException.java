package app.tandem.habit.internal;

import java.util.UUID;

/** The same Idempotency-Key or form token already saved a different completion: answered 422. */
public class IdempotencyConflictException extends RuntimeException {

    private final UUID existing;

    private IdempotencyConflictException(UUID existing) {
        super("Submission key already used for completion " + existing);
        this.existing = existing;
    }

    public static IdempotencyConflictException forCompletion(UUID existing) {
        return new IdempotencyConflictException(existing);
    }

    public UUID existing() {
        return existing;
    }
}
