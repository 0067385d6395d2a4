package app.tandem.coping.internal;

import java.util.Map;

/**
 * A use as submitted, before its rules are checked.
 *
 * @param variant the breathing pattern, for the pacer; null otherwise
 * @param answers what the client typed or rated, by field key; blank answers are dropped
 */
public record UseDraft(
        String techniqueId,
        String variant,
        Integer before,
        Integer after,
        Integer durationSeconds,
        Boolean completed,
        Map<String, String> answers,
        boolean shared) {

    public UseDraft {
        answers = answers == null ? Map.of() : answers;
    }
}
