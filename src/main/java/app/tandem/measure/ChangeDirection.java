package app.tandem.measure;

/** Outcome of a reliable-change test, already corrected for the instrument's direction (WHO-5: up is better). */
public enum ChangeDirection {
    IMPROVED,
    DETERIORATED,
    NO_RELIABLE_CHANGE
}
