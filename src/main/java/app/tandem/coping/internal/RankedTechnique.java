package app.tandem.coping.internal;

import app.tandem.coping.Technique;
import app.tandem.coping.stats.TechniqueEffect;

/**
 * A technique in a client's "what has helped" list, with the numbers that explain its place.
 *
 * @param assignedUses how many of the uses were of the technique while the therapist had it pinned
 */
public record RankedTechnique(Technique technique, TechniqueEffect effect, int assignedUses) {

    public int selfChosenUses() {
        return effect.uses() - assignedUses;
    }
}
