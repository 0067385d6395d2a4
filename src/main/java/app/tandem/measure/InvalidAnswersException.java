package app.tandem.measure;

import java.util.List;

/**
 * Answers that cannot belong to the instrument (wrong length, a score that is not an option). {@code field} names
 * the offending input ("answers", "item 9", "difficulty") so a web layer can answer 400 naming it. Never carries
 * other answers than the offending value.
 */
public final class InvalidAnswersException extends IllegalArgumentException {

    private final String field;

    private InvalidAnswersException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static InvalidAnswersException missingAnswerList(String instrument) {
        return new InvalidAnswersException(
                "answers", instrument + ": answers are required (one entry per item, null for unanswered)");
    }

    public static InvalidAnswersException wrongLength(String instrument, int expected, int actual) {
        return new InvalidAnswersException(
                "answers",
                instrument + ": expected " + expected + " answers (one per item, null for unanswered) but got "
                        + actual);
    }

    public static InvalidAnswersException notAnOption(String instrument, int item, int value, List<Integer> allowed) {
        return new InvalidAnswersException(
                "item " + item,
                instrument + " item " + item + ": " + value + " is not an allowed answer; allowed values are "
                        + allowed);
    }

    public static InvalidAnswersException unknownUnscoredItem(String instrument, String linkId) {
        return new InvalidAnswersException(linkId, instrument + ": no unscored item '" + linkId + "'");
    }

    public static InvalidAnswersException notAnUnscoredOption(
            String instrument, String linkId, int value, List<Integer> allowed) {
        return new InvalidAnswersException(
                linkId,
                instrument + " " + linkId + ": " + value + " is not an allowed answer; allowed values are " + allowed);
    }

    public static InvalidAnswersException requiredUnscoredMissing(String instrument, String linkId) {
        return new InvalidAnswersException(linkId, instrument + " " + linkId + ": an answer is required");
    }
}
