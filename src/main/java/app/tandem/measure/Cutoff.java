package app.tandem.measure;

/**
 * A cut-off on one score scale; when {@code anyItemAtMost} is set it is also met by any single item answered at
 * or below that score (WHO-5: any item 0 or 1 means poor well-being).
 */
public record Cutoff(
        Comparison comparison,
        int threshold,
        ScoreScale scale,
        Integer anyItemAtMost,
        String source,
        boolean check,
        String note) {

    public boolean metBy(double value) {
        return comparison.test(value, threshold);
    }
}
