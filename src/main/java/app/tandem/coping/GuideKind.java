package app.tandem.coping;

/** How the page guides a technique: a breathing pacer, steps on a timer, or a form to fill in. */
public enum GuideKind {
    PACER("pacer"),
    STEPS("steps"),
    FORM("form");

    private final String key;

    GuideKind(String key) {
        this.key = key;
    }

    /** The key used in definition files. */
    public String key() {
        return key;
    }

    public static GuideKind ofKey(String key) {
        for (GuideKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No guide kind " + key);
    }
}
