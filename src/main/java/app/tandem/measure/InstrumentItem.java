package app.tandem.measure;

import java.util.List;
import java.util.Optional;

/** One scored item of an instrument, numbered from 1, with its official text and answer options. */
public record InstrumentItem(int number, String text, String code, List<AnswerOption> options) {

    public InstrumentItem {
        options = List.copyOf(options);
    }

    /** Scores a client may give to this item, in the order the options are shown. */
    public List<Integer> allowedScores() {
        return options.stream().map(AnswerOption::score).toList();
    }

    public boolean allows(int score) {
        return option(score).isPresent();
    }

    public Optional<AnswerOption> option(int score) {
        return options.stream().filter(o -> o.score() == score).findFirst();
    }

    public int minScore() {
        return options.stream().mapToInt(AnswerOption::score).min().orElseThrow();
    }

    public int maxScore() {
        return options.stream().mapToInt(AnswerOption::score).max().orElseThrow();
    }
}
