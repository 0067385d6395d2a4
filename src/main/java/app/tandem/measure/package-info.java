/**
 * Questionnaires: instruments (PHQ-9, GAD-7, WHO-5, ASRS-v1.1 Part A, PCL-5) defined as data, a generic scoring
 * engine and change-over-time statistics; clients' responses (drafts, corrections), assignments by therapists,
 * results pages, the instruments API and per-practice enablement.
 *
 * <p>Entry points: {@link app.tandem.measure.InstrumentCatalog}, {@link app.tandem.measure.InstrumentScorer},
 * {@link app.tandem.measure.ChangeCalculator}, {@link app.tandem.measure.AssignmentSchedule} and, for other
 * modules, {@link app.tandem.measure.Measures}. Everything in sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Measures",
        allowedDependencies = {"appointment", "audit", "crypto", "identity", "safety", "screening", "shared"})
package app.tandem.measure;
