package app.tandem.measure;

/**
 * Codes for exchanging responses: LOINC where verified, otherwise Tandem's local code system.
 * {@code scaledScore} is only set for instruments with a scaled score (WHO-5 percentage). {@code loincPanel} and
 * {@code loincTotal} give verified LOINC codes for an instrument whose items and answers have none (PCL-5), so
 * the total can carry both codings.
 */
public record Coding(
        String system,
        String panel,
        String totalScore,
        String scaledScore,
        String answerSystem,
        String note,
        String loincPanel,
        String loincTotal) {

    public static final String LOINC = "http://loinc.org";
    public static final String LOCAL = "https://tandem.app/fhir/CodeSystem/instruments";

    public boolean isLoinc() {
        return LOINC.equals(system);
    }

    /** The LOINC panel code, whether it is the main system's or an additional one; null when none is verified. */
    public String loincPanelCode() {
        return isLoinc() ? panel : loincPanel;
    }
}
