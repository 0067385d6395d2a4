/**
 * The coping toolbox: guided stress-relief techniques defined as data (breathing pacer, timed steps, forms), distress
 * rated before and after each use, and what has helped this client, ranked with small samples shrunk toward the
 * practice-wide mean. The public API is this package: {@link app.tandem.coping.TechniqueCatalog} (the definitions),
 * {@link app.tandem.coping.TechniqueUses} (a client's uses, for exports and demo history).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Coping toolbox",
        allowedDependencies = {"identity", "audit", "crypto", "practice", "safety", "screening", "shared"})
package app.tandem.coping;
