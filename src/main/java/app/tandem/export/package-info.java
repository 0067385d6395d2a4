/**
 * A client's data to take away: CSV (check-ins, questionnaire responses, technique uses, habit and homework days) and FHIR R4 (a collection Bundle of
 * QuestionnaireResponses and total-score Observations), for the client and, audited, for their therapist.
 * Reads through the measure, checkin and coping modules' APIs; owns no tables. Technique uses are an Observation per distress rating.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Export",
        allowedDependencies = {"audit", "checkin", "coping", "habit", "identity", "measure", "shared"})
package app.tandem.export;
