package app.tandem.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person with an account: client, therapist or admin. */
public record UserId(UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
