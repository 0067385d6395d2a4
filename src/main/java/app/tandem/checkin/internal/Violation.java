package app.tandem.checkin.internal;

/** A rule a submitted field broke: the field, a message code in {@code i18n/checkin} and its arguments. */
public record Violation(String field, String code, Object... args) {}
