/** Append-only, hash-chained record of every read and write of a client's clinical data. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package app.tandem.audit;
