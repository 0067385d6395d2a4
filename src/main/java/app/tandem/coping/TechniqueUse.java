package app.tandem.coping;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One go at a technique: distress 0-10 before and after, how long, whether it was finished, and what the client
 * typed (decrypted; empty when nothing).
 *
 * @param variant the breathing pattern chosen, null for other techniques
 * @param context where or when the client used it, null when they did not say
 * @param assigned true when the therapist had pinned the technique for the client at the time
 * @param shared true when the client shared what they typed with their therapist
 */
public record TechniqueUse(
        UUID id,
        UserId client,
        String techniqueId,
        String techniqueVersion,
        String variant,
        UseContext context,
        int before,
        int after,
        int durationSeconds,
        boolean completed,
        boolean assigned,
        Map<String, String> answers,
        boolean shared,
        RiskLevel safetyLevel,
        Instant usedAt) {

    public TechniqueUse {
        answers = Map.copyOf(answers);
    }

    /** Points lower after than before (negative: higher after). */
    public int change() {
        return before - after;
    }

    /**
     * Distress was at 9 or 10 and the technique did not bring it down: the crisis lines and the safety plan are
     * offered at once (not an alert by itself).
     */
    public boolean offersCrisisSupport() {
        return before >= 9 && after >= before;
    }

    public boolean hasAnswers() {
        return !answers.isEmpty();
    }
}
