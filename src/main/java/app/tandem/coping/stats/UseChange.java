package app.tandem.coping.stats;

/** One use's distress before and after (0-10); its change is how many points lower distress was after. */
public record UseChange(String techniqueId, int before, int after) {

    public int change() {
        return before - after;
    }
}
