package app.tandem.measure;

/**
 * Codes for exchanging responses: LOINC where verified, otherwise Tandem's local code system.
 * {@code scaledScore} is only set for instruments with a scaled score (WHO-5 percentage).
 */
public record Coding(
        String system, String panel, String totalScore, String scaledScore, String answerSystem, String note) {

    public static final String LOINC = "http://loinc.org";
    public static final String LOCAL = "https://tandem.app/fhir/CodeSystem/instruments";

    public boolean isLoinc() {
        return LOINC.equals(system);
    }
}
