package app.tandem.screening.engine;

/** Finds the raw matches of the split rule pieces in a normalised text. Implementations are thread-safe. */
interface RawMatcher {

    /**
     * Triples (piece, start, end), positions ascending and pieces in table order at one position, each rule's
     * matches non-overlapping; null when nothing matches.
     */
    int[] find(String normalised);
}
