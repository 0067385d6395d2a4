package app.tandem.measure;

/** A number taken from the literature, with its source and whether it still needs checking against one. */
public record CitedValue(double value, String source, boolean check, String note) {}
