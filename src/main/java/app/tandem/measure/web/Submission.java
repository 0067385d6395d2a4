package app.tandem.measure.web;

import app.tandem.measure.Instrument;
import java.util.List;
import java.util.Map;

/**
 * The body of an API submission: one score per scored item in item order; unscored answers by linkId.
 *
 * @param answers one score per scored item, in item order
 * @param unscoredAnswers answers to unscored items (e.g. PHQ-9 {@code difficulty}) by linkId; may be omitted
 */
record Submission(List<Integer> answers, Map<String, Integer> unscoredAnswers) {

    /** The unscored answers, none when the body has none. */
    Map<String, Integer> unscored() {
        return unscoredAnswers == null ? Map.of() : unscoredAnswers;
    }

    /**
     * The scored answers, checked against the instrument so a problem names the field that is wrong.
     *
     * @throws MeasureApiErrors.FieldException naming the first missing or wrong answer
     */
    static List<Integer> checkedAnswers(Instrument instrument, Submission body) {
        if (body == null || body.answers() == null) {
            throw new MeasureApiErrors.FieldException("answers", "is required: one score per item, in item order");
        }
        List<Integer> answers = body.answers();
        if (answers.size() != instrument.itemCount()) {
            throw new MeasureApiErrors.FieldException(
                    "answers",
                    "must have " + instrument.itemCount() + " entries (one per item) but has " + answers.size());
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer a = answers.get(i);
            if (a == null) {
                throw new MeasureApiErrors.FieldException("answers[" + i + "]", "is required");
            }
            if (!instrument.items().get(i).allows(a)) {
                throw new MeasureApiErrors.FieldException(
                        "answers[" + i + "]",
                        "must be one of "
                                + instrument.items().get(i).allowedScores().stream()
                                        .sorted()
                                        .toList());
            }
        }
        body.unscored().forEach((linkId, value) -> {
            var item = instrument
                    .unscoredItem(linkId)
                    .orElseThrow(() -> new MeasureApiErrors.FieldException(
                            "unscoredAnswers." + linkId, "is not an item of " + instrument.code()));
            if (value != null && item.option(value).isEmpty()) {
                throw new MeasureApiErrors.FieldException(
                        "unscoredAnswers." + linkId, "must be one of " + item.allowedScores());
            }
        });
        return answers;
    }
}
