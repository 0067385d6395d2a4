package app.tandem.measure;

/** The period a questionnaire asks about, as an ISO-8601 duration and as official wording. */
public record RecallPeriod(String iso, String text) {}
