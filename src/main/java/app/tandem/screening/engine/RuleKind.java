package app.tandem.screening.engine;

/** How the context evaluator treats a rule's matches, especially with respect to time. */
public enum RuleKind {
    /** Thoughts and wishes: discounted when clearly past and resolved. */
    IDEATION,
    /** Self-harm behaviour: current unless past and resolved, then discounted. */
    SELF_HARM,
    /** Suicide attempt: HIGH when recent (within about three months) or of unknown date, MODERATE when past. */
    ATTEMPT,
    /** Intent, plan, preparation, imminence: past mentions drop to MODERATE (behaviour more than 3 months ago). */
    ACTION,
    /** A means word (drug, dose, rope, bridge): no risk alone, MODERATE beside any self-directed risk. */
    MEANS,
    /** Idiom or benign phrase: its span suppresses risk matches that overlap it. */
    IDIOM
}
