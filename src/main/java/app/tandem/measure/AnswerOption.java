package app.tandem.measure;

/** One answer choice: the score it contributes, its official label and its standard code (null if none). */
public record AnswerOption(int score, String label, String code) {}
