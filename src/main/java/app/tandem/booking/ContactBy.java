package app.tandem.booking;

/** How a visitor prefers to be contacted about their consultation. */
public enum ContactBy {
    EMAIL,
    PHONE,
    TEXT
}
