package app.tandem.caseload.triage;

import java.util.Locale;

/** Which clients the caseload shows. */
public enum CaseloadFilter {
    /** Clients with at least one worry (every reason but an upcoming session). */
    ATTENTION,
    /** Clients with a session today. */
    TODAY,
    /** Every client. */
    ALL;

    /** The filter named by a request parameter ("attention", "today", "all"); unknown or missing gives ALL. */
    public static CaseloadFilter parse(String value) {
        if (value == null) {
            return ALL;
        }
        for (CaseloadFilter f : values()) {
            if (f.name().equalsIgnoreCase(value.trim())) {
                return f;
            }
        }
        return ALL;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean accepts(TriagedClient client) {
        return switch (this) {
            case ATTENTION -> client.needsAttention();
            case TODAY -> client.sessionToday();
            case ALL -> true;
        };
    }
}
