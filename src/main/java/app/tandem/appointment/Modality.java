package app.tandem.appointment;

/** How a session takes place. */
public enum Modality {
    IN_PERSON,
    VIDEO
}
