package app.tandem.measure;

import java.util.List;

/** An instrument definition file is unreadable or invalid; thrown at start-up so the app fails fast. */
public final class InstrumentDefinitionException extends IllegalStateException {

    private final String source;
    private final List<String> problems;

    private InstrumentDefinitionException(String source, List<String> problems, Throwable cause) {
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

    public static InstrumentDefinitionException invalid(String source, List<String> problems) {
        return new InstrumentDefinitionException(source, problems, null);
    }

    public static InstrumentDefinitionException unreadable(String source, Throwable cause) {
        return new InstrumentDefinitionException(source, List.of("cannot be read: " + cause.getMessage()), cause);
    }

    public static InstrumentDefinitionException noDefinitions(String location) {
        return new InstrumentDefinitionException(location, List.of("no instrument definitions found"), null);
    }
}
