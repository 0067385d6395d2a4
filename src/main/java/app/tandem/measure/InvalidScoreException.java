package app.tandem.measure;

/** A total passed to change statistics that the instrument cannot produce. */
public final class InvalidScoreException extends IllegalArgumentException {

    private InvalidScoreException(String message) {
        super(message);
    }

    public static InvalidScoreException outOfRange(String instrument, String which, int value, ScoreRange range) {
        return new InvalidScoreException(
                instrument + ": " + which + " total " + value + " is outside " + range.min() + ".." + range.max());
    }
}
