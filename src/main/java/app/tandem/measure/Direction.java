package app.tandem.measure;

/** Whether a higher score means more symptoms (most instruments) or better well-being (WHO-5). */
public enum Direction {
    HIGHER_IS_WORSE,
    HIGHER_IS_BETTER;

    /** +1 when a rise is an improvement, -1 when a fall is. */
    public int improvementSign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
