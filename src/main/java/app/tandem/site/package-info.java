/**
 * The public face and the frame of every page: home per role, /help, branding and error pages.
 *
 * <p>The practice admin pages ({@code site.admin}) live here, not in {@code practice}: they compose several
 * modules' settings (practice details, people and roles from identity, the audit trail) into one place for
 * an admin, as the client and therapist homes compose sections. Keeping them here leaves {@code practice} a
 * small leaf that every module may depend on, with no dependency back on identity or audit.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Site",
        allowedDependencies = {"audit", "identity", "notification", "practice", "shared"})
package app.tandem.site;
