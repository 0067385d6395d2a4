package app.tandem.coping.internal;

import java.util.Map;

/**
 * A use as submitted, before its rules are checked.
 *
 * @param variant the breathing pattern, for the pacer; null otherwise
 * @param context a {@link app.tandem.coping.UseContext} code as submitted; blank or null when not given
 * @param answers what the client typed or rated, by field key; blank answers are dropped
 */
public record UseDraft(
        String techniqueId,
        String variant,
        String context,
        Integer before,
        Integer after,
        Integer durationSeconds,
        Boolean completed,
        Map<String, String> answers,
        boolean shared) {

    public UseDraft {
        answers = answers == null ? Map.of() : answers;
        context = context == null || context.isBlank() ? null : context.strip();
    }
}
