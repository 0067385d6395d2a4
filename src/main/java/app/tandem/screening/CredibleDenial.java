package app.tandem.screening;

import app.tandem.screening.words.WordEvidence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A writer who says plainly that they are not suicidal, do not want to die or will not hurt themselves, and whose
 * text otherwise shows only distress (hopelessness, worthlessness, feeling trapped, or words that resemble risky
 * texts), is taken at their word: those findings are discounted, with the denial named. Anything more than distress
 * still stands: a death wish, burden ("better off without me"), thoughts of suicide, a method, intent, a plan, an
 * attempt or self-harm that is not itself denied ("I'm not suicidal but I wish I wouldn't wake up" is a LOW signal).
 * A HIGH reading is never discounted.
 */
final class CredibleDenial {

    /** Categories whose negated finding is a denial of risk by the writer. */
    private static final Set<String> DENIABLE = Set.of("active-ideation", "passive-ideation", "self-harm", "intent");

    /** Categories of distress: on their own, below what a denial outweighs. */
    private static final Set<String> DISTRESS =
            Set.of("hopelessness", "worthlessness", "entrapment", "isolation", WordEvidence.CATEGORY);

    /** Word groups of the evidence tally that are distress. */
    private static final List<String> DISTRESS_GROUPS = List.of(
            "evidence.distress",
            "evidence.hopelessness",
            "evidence.worthlessness",
            "evidence.entrapment",
            "evidence.isolation");

    private CredibleDenial() {}

    /** {@code screening} with its distress findings discounted when the writer denies risk; else unchanged. */
    static Screening weigh(Screening screening) {
        if (screening.level() == RiskLevel.NONE || screening.level() == RiskLevel.HIGH) {
            return screening;
        }
        Optional<Finding> denial =
                screening.findings().stream().filter(CredibleDenial::isDenial).findFirst();
        if (denial.isEmpty() || !screening.firing().stream().allMatch(CredibleDenial::isDistress)) {
            return screening;
        }
        Finding denied = denial.get();
        String cue = "denied: “" + denied.matched() + "” ("
                + denied.cues().get(denied.cues().size() - 1) + ")";
        List<Finding> findings = screening.findings().stream()
                .map(f -> f.discounted() ? f : f.discountedBy(cue))
                .toList();
        return new Screening(RiskLevel.NONE, findings, screening.rulesVersion());
    }

    private static boolean isDenial(Finding f) {
        return f.discounted()
                && DENIABLE.contains(f.category())
                && !f.cues().isEmpty()
                && f.cues().get(f.cues().size() - 1).startsWith("negated");
    }

    private static boolean isDistress(Finding f) {
        if (DISTRESS.contains(f.category())) {
            return true;
        }
        // the tally adds word groups up; it is distress when every group it counted is
        return "accumulated".equals(f.category())
                && f.level() == RiskLevel.LOW
                && f.cues().stream()
                        .filter(c -> c.startsWith("evidence."))
                        .allMatch(c -> DISTRESS_GROUPS.stream().anyMatch(c::startsWith));
    }
}
