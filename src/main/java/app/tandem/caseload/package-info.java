/**
 * The therapist's workspace: the caseload triaged by need, the pre-session brief and the client's timeline.
 *
 * <p>It composes what every capability contributes through the SPIs in {@code shared.workspace}, so it depends on
 * no clinical module: each module says what it knows about its own data, and this module orders, weighs and shows
 * it. Checking care access and auditing each read happen here, once, before any contributor is asked.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Caseload",
        allowedDependencies = {"audit", "identity", "practice", "shared"})
package app.tandem.caseload;
