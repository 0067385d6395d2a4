package app.tandem.caseload.timeline;

/** A timeline request the server cannot answer: a malformed cursor, an unknown kind or a limit out of range. */
class InvalidTimelineRequestException extends RuntimeException {

    private final String field;
    private final String code;

    private InvalidTimelineRequestException(String field, String code) {
        super("Invalid timeline request: " + field);
        this.field = field;
        this.code = code;
    }

    static InvalidTimelineRequestException cursor() {
        return new InvalidTimelineRequestException("before", "workspace.timeline.error.cursor");
    }

    static InvalidTimelineRequestException kind() {
        return new InvalidTimelineRequestException("kinds", "workspace.timeline.error.kind");
    }

    static InvalidTimelineRequestException limit() {
        return new InvalidTimelineRequestException("limit", "workspace.timeline.error.limit");
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
