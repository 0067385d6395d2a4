/**
 * What the therapist's workspace (caseload, pre-session brief, client timeline) asks of every capability.
 *
 * <p>Each module contributes beans of these interfaces, as it contributes {@code PageSection}s, so the workspace
 * composes a client's picture without depending on every module: facts that make a client need attention
 * ({@link NeedContributor}), what happened since the last session ({@link BriefContributor}), one chronological
 * history ({@link TimelineContributor}) and when sessions are ({@link SessionCalendar}). Contributions are
 * observations with a link to their data, never advice.
 */
package app.tandem.shared.workspace;
