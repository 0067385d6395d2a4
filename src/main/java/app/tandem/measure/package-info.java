/**
 * Questionnaire instruments (PHQ-9, GAD-7, WHO-5, ASRS-v1.1 Part A, PCL-5) defined as data, a generic
 * scoring engine and change-over-time statistics.
 *
 * <p>Entry points: {@link app.tandem.measure.InstrumentCatalog}, {@link app.tandem.measure.InstrumentScorer}
 * and {@link app.tandem.measure.ChangeCalculator}. Loading and validation of definition files live in
 * {@code app.tandem.measure.instrument} and are internal.
 */
package app.tandem.measure;
