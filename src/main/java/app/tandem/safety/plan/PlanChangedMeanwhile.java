package app.tandem.safety.plan;

/** Someone else saved the plan after this editor opened it; their words must not be overwritten unseen. */
public class PlanChangedMeanwhile extends RuntimeException {

    private PlanChangedMeanwhile(String message) {
        super(message);
    }

    static PlanChangedMeanwhile since(int openedVersion, int currentVersion) {
        return new PlanChangedMeanwhile(
                "Safety plan opened at version " + openedVersion + " is now at " + currentVersion);
    }
}
