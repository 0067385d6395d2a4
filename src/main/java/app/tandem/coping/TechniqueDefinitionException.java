package app.tandem.coping;

import java.util.List;

/** A technique definition file is unreadable or invalid; thrown at start-up so the app fails fast. */
public final class TechniqueDefinitionException extends IllegalStateException {

    private final String source;
    private final List<String> problems;

    private TechniqueDefinitionException(String source, List<String> problems, Throwable cause) {
        super(source + ": " + String.join("; ", problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }

    public static TechniqueDefinitionException invalid(String source, List<String> problems) {
        return new TechniqueDefinitionException(source, problems, null);
    }

    public static TechniqueDefinitionException unreadable(String source, Throwable cause) {
        return new TechniqueDefinitionException(source, List.of("cannot be read: " + cause.getMessage()), cause);
    }

    public static TechniqueDefinitionException noDefinitions(String location) {
        return new TechniqueDefinitionException(location, List.of("no technique definitions found"), null);
    }
}
