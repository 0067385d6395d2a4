/**
 * Safety: screening of every answer and every word a client writes, the crisis card, the safety
 * plan, and alerts to the care team with acknowledgement and timed escalation.
 * The public API is this package ({@link app.tandem.safety.SafetyNet} for modules that accept
 * client text or answers). The screener itself is the screening module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"audit", "crypto", "identity", "notification", "practice", "screening", "shared"})
package app.tandem.safety;
