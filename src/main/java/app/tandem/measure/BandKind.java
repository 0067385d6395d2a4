package app.tandem.measure;

/** Whether an instrument's bands are severity bands, cut-off categories only (PCL-5), or absent (ASRS). */
public enum BandKind {
    SEVERITY,
    CUTOFF_CATEGORY,
    NONE
}
