package app.tandem.coping.internal;

/** One field that broke a rule: the field's name and a message code with its arguments. */
public record Violation(String field, String code, Object... args) {}
