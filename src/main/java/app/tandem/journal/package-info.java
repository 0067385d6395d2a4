/**
 * The client's journal: entries written by the client, private until they share one, read by their
 * therapist only when shared. A capture module like {@code checkin}: every entry is screened in the
 * same transaction through safety's API ({@link app.tandem.safety.SafetyNet#screenText}), so an entry
 * and its risk alert commit together; safety knows nothing of the journal. Shared entries join the
 * therapist's client page, the pre-session brief and the timeline through the {@code shared} extension
 * points. The public API is {@link app.tandem.journal.Journals} (demo history). The table keeps its
 * name {@code safety_journal_entry}, and its applied migrations stay in {@code db/migration/safety}
 * (V830, V1473) so their Flyway checksums and versions do not change; new journal migrations go in
 * {@code db/migration/journal}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Journal",
        allowedDependencies = {"audit", "crypto", "identity", "safety", "shared"})
package app.tandem.journal;
