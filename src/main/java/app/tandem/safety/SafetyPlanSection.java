package app.tandem.safety;

/** The sections of a safety plan, in the order the plan shows them. Keys are stored; never rename. */
public enum SafetyPlanSection {
    WARNING_SIGNS("warning-signs"),
    COPING_ALONE("coping-alone"),
    DISTRACTIONS("distractions"),
    PEOPLE_TO_ASK("people-to-ask"),
    PROFESSIONALS("professionals"),
    SAFER_SURROUNDINGS("safer-surroundings"),
    WORTH_LIVING_FOR("worth-living-for");

    private final String key;

    SafetyPlanSection(String key) {
        this.key = key;
    }

    /** Stable key for storage, message keys and element ids. */
    public String key() {
        return key;
    }

    public static SafetyPlanSection ofKey(String key) {
        for (SafetyPlanSection s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("No safety plan section " + key);
    }
}
