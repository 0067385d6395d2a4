package app.tandem.screening.rules;

import java.util.List;

/** A screening rule file that cannot be used: the message names the file, the rule and every problem. */
public class RuleDefinitionException extends RuntimeException {

    private final List<String> problems;

    private RuleDefinitionException(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static RuleDefinitionException invalid(List<String> problems) {
        return new RuleDefinitionException(
                "Screening rules are invalid (" + problems.size() + " problem(s)):\n  - "
                        + String.join("\n  - ", problems),
                problems,
                null);
    }

    static RuleDefinitionException unreadable(String file, Exception cause) {
        String problem = file + ": cannot be read: " + cause.getMessage();
        return new RuleDefinitionException("Screening rules are invalid: " + problem, List.of(problem), cause);
    }

    static RuleDefinitionException missing(String location) {
        String problem = "no screening rule files at " + location;
        return new RuleDefinitionException(problem, List.of(problem), null);
    }
}
