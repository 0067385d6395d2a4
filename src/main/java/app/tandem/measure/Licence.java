package app.tandem.measure;

/** Licence terms; {@code requiresLicence} means a practice must confirm a licence before enabling the instrument. */
public record Licence(String name, boolean requiresLicence, boolean check, String note) {}
