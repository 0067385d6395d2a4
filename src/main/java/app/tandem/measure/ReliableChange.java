package app.tandem.measure;

/**
 * Jacobson-Truax test of one difference on the change scale. {@code difference} is post minus pre (its sign is
 * not corrected for direction; {@code direction} is). {@code reliable} is |RCI| > 1.96 and decides
 * {@code direction}; {@code meetsCommonThreshold} only shows whether the commonly used figure would agree.
 */
public record ReliableChange(
        int difference, double rci, boolean reliable, ChangeDirection direction, boolean meetsCommonThreshold) {}
