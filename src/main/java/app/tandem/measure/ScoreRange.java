package app.tandem.measure;

/** An inclusive range of possible scores. */
public record ScoreRange(int min, int max) {

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
