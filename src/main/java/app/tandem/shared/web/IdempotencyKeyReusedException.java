package app.tandem.shared.web;

/**
 * An {@code Idempotency-Key} came back with a different body than the request it was first used for.
 * Answered 422 by {@link ApiProblems}: never as if the new body had been saved.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final String key;

    private IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key reused with a different body");
        this.key = key;
    }

    public static IdempotencyKeyReusedException forKey(String key) {
        return new IdempotencyKeyReusedException(key);
    }

    public String key() {
        return key;
    }
}
