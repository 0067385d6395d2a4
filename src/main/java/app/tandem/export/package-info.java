/**
 * A client's data to take away: CSV (check-ins and questionnaire responses) and FHIR R4 (a collection Bundle of
 * QuestionnaireResponses and total-score Observations), for the client and, audited, for their therapist.
 * Reads through the measure and checkin modules' APIs; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Export",
        allowedDependencies = {"audit", "checkin", "identity", "measure", "shared"})
package app.tandem.export;
