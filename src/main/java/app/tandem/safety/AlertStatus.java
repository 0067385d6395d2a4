package app.tandem.safety;

/** Whether a person has acknowledged an alert yet. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
