package app.tandem.appointment.internal;

import java.util.UUID;

/** The same Idempotency-Key or form token already added a different agenda item: answered 422. */
public class AgendaKeyReusedException extends RuntimeException {

    private final UUID existing;

    private AgendaKeyReusedException(UUID existing) {
        super("Submission key already used for agenda item " + existing);
        this.existing = existing;
    }

    public static AgendaKeyReusedException forItem(UUID existing) {
        return new AgendaKeyReusedException(existing);
    }

    public UUID existing() {
        return existing;
    }
}
