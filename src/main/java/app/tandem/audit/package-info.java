/**
 * Append-only, hash-chained record of every read and write of a client's clinical data: the
 * {@link app.tandem.audit.AuditTrail} other modules call, {@link app.tandem.audit.AuditVerification}
 * of the chains, the admin audit page and the client's "who has looked at my information" page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "shared"})
package app.tandem.audit;
