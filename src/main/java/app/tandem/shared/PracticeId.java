package app.tandem.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a practice; every clinical row carries one. */
public record PracticeId(UUID value) implements Serializable {

    public PracticeId {
        Objects.requireNonNull(value, "value");
    }

    public static PracticeId of(String value) {
        return new PracticeId(UUID.fromString(value));
    }

    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
