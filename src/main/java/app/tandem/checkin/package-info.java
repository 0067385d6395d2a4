/**
 * Daily check-ins (mood, anxiety, sleep, energy, emotions, activities, an encrypted note), their
 * charts and the statistically guarded observations drawn from them. The public API is
 * {@link app.tandem.checkin.CheckIns}: read a client's check-ins (e.g. for an export) and seed history.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Daily check-ins",
        allowedDependencies = {"audit", "crypto", "identity", "practice", "safety", "screening", "shared"})
package app.tandem.checkin;
