package app.tandem.measure;

/**
 * Reliable-change test of one difference on the change scale. {@code difference} is post minus pre (its sign is
 * not corrected for direction; {@code direction} is). {@code reliable} decides {@code direction}: |RCI| > 1.96
 * where a sourced SD exists, otherwise a difference at least the published threshold ({@code rci} is then NaN:
 * no index is computed without a sourced SD). {@code meetsCommonThreshold} says whether the published threshold
 * is met.
 */
public record ReliableChange(
        int difference, double rci, boolean reliable, ChangeDirection direction, boolean meetsCommonThreshold) {

    /** Whether {@link #rci()} holds an index (a sourced SD exists). */
    public boolean hasIndex() {
        return !Double.isNaN(rci);
    }
}
