package app.tandem.measure;

import java.util.List;
import java.util.Optional;

/** An item shown and stored with a response but never part of the score (e.g. the PHQ-9 difficulty item). */
public record UnscoredItem(
        String linkId,
        String text,
        String code,
        boolean required,
        List<AnswerOption> options,
        boolean check,
        String note) {

    public UnscoredItem {
        options = List.copyOf(options);
    }

    public Optional<AnswerOption> option(int score) {
        return options.stream().filter(o -> o.score() == score).findFirst();
    }

    public List<Integer> allowedScores() {
        return options.stream().map(AnswerOption::score).toList();
    }
}
